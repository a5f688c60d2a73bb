import type { KeyboardEvent } from 'react';
import { INPUT_SPECS } from '../core/inputs';
import { useAppStore } from '../state/hooks';
import { selectInput } from '../state/selectors';
import { NumericEntry } from './NumericEntry';
import { nudge, pageStep } from './stepping';

type SettingKey = 'temperatureC' | 'particleRadiusUm' | 'thicknessUm';

const SETTING_KEYS: readonly SettingKey[] = ['temperatureC', 'particleRadiusUm', 'thicknessUm'];

/** What each setting changes, so a student knows where to look after moving it. */
const EFFECT: Readonly<Record<SettingKey, string>> = {
  temperatureC: 'Shifts every curve (thermally activated transport).',
  particleRadiusUm: 'Sets τ particle = r²/D.',
  thicknessUm: 'Sets the electrode-layer times τ electronic, ionic, ambipolar.',
};

function SettingField({ inputKey }: { inputKey: SettingKey }) {
  const spec = INPUT_SPECS[inputKey];
  const value = useAppStore(selectInput(inputKey));
  const setInput = useAppStore((s) => s.setInput);
  const commit = (v: number) => setInput(inputKey, v);
  const sliderId = `slider-${inputKey}`;
  const hintId = `hint-${inputKey}`;

  const onSliderKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const delta = event.key === 'PageUp' ? pageStep(inputKey) : -pageStep(inputKey);
    commit(nudge(inputKey, value, delta));
  };

  return (
    <div className="field">
      <label htmlFor={sliderId}>
        {spec.label} <span className="unit">({spec.unit})</span>
      </label>
      <div className="field-row">
        <input
          id={sliderId}
          type="range"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={value}
          aria-valuetext={`${value} ${spec.unit}`}
          aria-describedby={hintId}
          onChange={(event) => commit(Number(event.target.value))}
          onKeyDown={onSliderKeyDown}
        />
        <NumericEntry
          inputKey={inputKey}
          value={value}
          onCommit={commit}
          ariaLabel={`${spec.label}, typed value (${spec.unit})`}
          testId={`input-${inputKey}`}
          hintId={hintId}
        />
        <span className="unit" aria-hidden="true">
          {spec.unit}
        </span>
      </div>
      <p id={hintId} className="hint">
        {spec.min} to {spec.max} {spec.unit}. {EFFECT[inputKey]}
      </p>
    </div>
  );
}

/** Temperature and geometry: the conditions the composition is judged under. */
export function SettingsControls() {
  return (
    <section className="panel controls-panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Conditions</h2>
      {SETTING_KEYS.map((key) => (
        <SettingField key={key} inputKey={key} />
      ))}
    </section>
  );
}
