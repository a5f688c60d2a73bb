import { formatInputValue } from '../../format/number';
import { ChoiceRadios } from '../ChoiceRadios';
import { RangeField } from '../RangeField';
import { CathodeFigures } from './CathodeFigures';
import { ControlsPanel } from '../ControlsPanel';

/** Cathode, its figures and N/P: the parts of the full cell the half-cell model does not have. */
export function FullCellControls() {
  return (
    <ControlsPanel id="fullcell-controls-heading" title="Full cell" level={4}>
      <ChoiceRadios choiceKey="cathode" legend="Cathode" />
      <p className="hint" data-testid="cathode-figures">
        Each cathode brings its own figures for a sulfide cell (sources in docs/full-cell.md); edit
        them below. Choosing a cathode restores its own.
      </p>
      <CathodeFigures />
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
    </ControlsPanel>
  );
}
