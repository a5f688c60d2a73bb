import { ElectrodeSizeField } from './ElectrodeSizeField';
import { RangeField } from './RangeField';

type SettingKey = 'temperatureC' | 'particleRadiusUm';

const SETTING_KEYS: readonly SettingKey[] = ['temperatureC', 'particleRadiusUm'];

/** What each setting changes, so a student knows where to look after moving it. */
const EFFECT: Readonly<Record<SettingKey, string>> = {
  temperatureC: 'Shifts every curve (thermally activated transport).',
  particleRadiusUm: 'Sets τ particle = r²/D.',
};

/** Temperature and geometry: the conditions the composition is judged under. */
export function SettingsControls() {
  return (
    <section className="panel controls-panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Conditions</h2>
      {SETTING_KEYS.map((key) => (
        <RangeField key={key} inputKey={key} effect={EFFECT[key]} />
      ))}
      <ElectrodeSizeField />
    </section>
  );
}
