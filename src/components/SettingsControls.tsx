import { useAppStore } from '../state/hooks';
import { selectInput } from '../state/selectors';
import { ElectrodeSizeField } from './ElectrodeSizeField';
import { FRACTURE_EFFECT, FractureNotice, FractureTrack, radiusValueText } from './FractureBand';
import { RangeField } from './RangeField';
import { ControlsPanel } from './ControlsPanel';

/** Temperature and geometry: the conditions the composition is judged under. */
export function SettingsControls() {
  return (
    <ControlsPanel id="settings-heading" title="Conditions" level={2}>
      <RangeField
        inputKey="temperatureC"
        effect="Shifts every curve (thermally activated transport)."
      />
      <RadiusField />
      <ElectrodeSizeField />
    </ControlsPanel>
  );
}

/** The particle radius, with the sizes at which Si particles crack marked on it. */
function RadiusField() {
  const radius = useAppStore(selectInput('particleRadiusUm'));
  return (
    <RangeField
      inputKey="particleRadiusUm"
      effect={`Sets τ particle = r²/D. ${FRACTURE_EFFECT}`}
      valueText={radiusValueText}
      track={<FractureTrack />}
    >
      <FractureNotice radiusUm={radius} />
    </RangeField>
  );
}
