import { CHOICE_SPECS } from '../../core';
import { SEPARATOR_THICKNESS_CM, SEPARATORS } from '../../core/kinetics/separators';
import { formatFixed, formatScientific } from '../../format/number';
import { useAppStore } from '../../state/hooks';
import { selectChoice } from '../../state/selectors';
import { RangeField } from '../RangeField';
import { describedBy, LockReason, useLock } from '../LockReason';
import { ControlsPanel } from '../ControlsPanel';

const SPEC = CHOICE_SPECS.separator;
const PELLET_UM = Math.round(SEPARATOR_THICKNESS_CM * 1e4);
const SEPARATOR_SOURCE = SEPARATORS[0]?.source ?? '';

/** The electrolyte pellet between anode and counter electrode, named with its conductivity. */
function SeparatorSelect() {
  const value = useAppStore(selectChoice('separator'));
  const setChoice = useAppStore((s) => s.setChoice);
  const lock = useLock('separator');
  return (
    <div className="field">
      <label htmlFor="choice-separator">{SPEC.label}</label>
      <LockReason lock={lock} />
      <select
        id="choice-separator"
        data-testid="choice-separator"
        aria-describedby={describedBy(lock, 'hint-separator')}
        disabled={lock.locked}
        value={value}
        onChange={(event) => setChoice('separator', event.target.value)}
      >
        {SEPARATORS.map((s) => (
          <option key={s.id} value={s.id}>
            {s.id} · {formatScientific(s.conductivity_S_per_cm, 2, true)} S/cm
          </option>
        ))}
      </select>
      <p id="hint-separator" className="hint">
        Ionic conductivity from {SEPARATOR_SOURCE}. Sets the series resistance of a {PELLET_UM} µm
        pellet.
      </p>
    </div>
  );
}

/** Porosity and separator: the parts of the cell only the kinetics see. */
export function ElectrodeControls() {
  return (
    <ControlsPanel id="electrode-heading" title="Electrode" level={3}>
      <RangeField
        inputKey="porosity"
        effect="Pore share of the additive-free layer: less solid carries less capacity and conducts electrons and ions worse."
        valueText={(v) => `${formatFixed(v, 2)}, ${formatFixed(100 * v, 0)} % pores`}
      />
      <SeparatorSelect />
      <p className="hint">
        Thickness or loading, particle radius and temperature: under Conditions above.
      </p>
    </ControlsPanel>
  );
}
