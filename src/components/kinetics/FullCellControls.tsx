import { CATHODE_IDS, CATHODES } from '../../core/fullCell';
import { formatFixed, formatInputValue, formatSignificant } from '../../format/number';
import { ChoiceRadios } from '../ChoiceRadios';
import { RangeField } from '../RangeField';

/** "NCM88 190 mAh/g, 85 %": what each cathode brings, so the choice is an informed one. */
const CATHODE_FIGURES = CATHODE_IDS.map((id) => {
  const c = CATHODES[id];
  return (
    `${c.label}: ${formatSignificant(c.reversibleCapacity_mAh_per_g.value, 3)} mAh/g, ` +
    `${formatFixed(c.firstCycleEfficiency_percent.value, 0)} % first-cycle efficiency`
  );
}).join('; ');

/** Cathode and N/P: the parts of the full cell the half-cell model does not have. */
export function FullCellControls() {
  return (
    <section className="panel controls-panel" aria-labelledby="fullcell-controls-heading">
      <h4 id="fullcell-controls-heading">Full cell</h4>
      <ChoiceRadios choiceKey="cathode" legend="Cathode" />
      <p className="hint" data-testid="cathode-figures">
        {CATHODE_FIGURES} (assumed for a sulfide cell; sources in docs/full-cell.md).
      </p>
      <RangeField
        inputKey="npRatio"
        label="N/P ratio"
        effect="Anode over cathode reversible capacity per area. Too low, and the first charge brings more Li than the anode can take: the rest plates as metal."
        valueText={(v) => `N/P ${formatInputValue(v)}`}
      />
      <p className="hint">
        The Li inventory beside follows the electrode settings above; cathode and N/P change only
        the full cell.
      </p>
    </section>
  );
}
