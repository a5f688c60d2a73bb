import { CATHODES, isCathodeId } from '../../core/fullCell';
import { CATHODE_INPUT_KEYS, INPUT_SPECS, type InputKey } from '../../core';
import { formatInputValue } from '../../format/number';
import { useAppStore } from '../../state/hooks';
import { selectChoice } from '../../state/selectors';
import { RangeField } from '../RangeField';

type CathodeInputKey = (typeof CATHODE_INPUT_KEYS)[number];

/** Where each figure sits in the cathode table, and what it changes in the full cell. */
const FIGURES: Readonly<
  Record<
    CathodeInputKey,
    {
      readonly field:
        | 'reversibleCapacity_mAh_per_g'
        | 'firstCycleEfficiency_percent'
        | 'averageDischargeVoltage_V';
      readonly label: string;
      readonly effect: string;
    }
  >
> = {
  cathodeCapacity: {
    field: 'reversibleCapacity_mAh_per_g',
    label: 'Specific capacity',
    effect: 'First 0.1 C discharge per gram of cathode: sets the cathode loading for the N/P.',
  },
  cathodeEfficiency: {
    field: 'firstCycleEfficiency_percent',
    label: 'First-cycle efficiency',
    effect: 'Discharge over charge of the cathode alone: its own share of the first-cycle loss.',
  },
  cathodeVoltage: {
    field: 'averageDischargeVoltage_V',
    label: 'Average discharge voltage',
    effect: 'Mean cathode potential vs Li/Li⁺: moves the voltage curve and the specific energy.',
  },
};

/** How a default was arrived at, in a few words (the full source is in docs/full-cell.md). */
const originOf = (source: string) =>
  source.startsWith('assumption') ? 'an assumption' : 'from the literature';

/**
 * The cathode's three named figures as editable settings, each with the literature value it
 * started from and where that value comes from (choosing a cathode restores them).
 */
export function CathodeFigures() {
  const cathode = useAppStore(selectChoice('cathode'));
  const defaults = isCathodeId(cathode) ? CATHODES[cathode] : null;
  return (
    <>
      {CATHODE_INPUT_KEYS.map((key: InputKey & CathodeInputKey) => {
        const { field, label, effect } = FIGURES[key];
        const sourced = defaults?.[field];
        return (
          <RangeField
            key={key}
            inputKey={key}
            label={label}
            effect={
              <>
                {effect}{' '}
                {sourced && (
                  <span data-testid={`default-${key}`}>
                    Default for this cathode: {formatInputValue(sourced.value)}{' '}
                    {INPUT_SPECS[key].unit} ({originOf(sourced.source)}).
                  </span>
                )}
              </>
            }
          />
        );
      })}
    </>
  );
}
