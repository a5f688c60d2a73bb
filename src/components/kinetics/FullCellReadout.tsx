import { CATHODES, DEFAULT_STACK, isCathodeId } from '../../core/fullCell';
import { FIRST_CYCLE_ICE } from '../../data/measurements';
import { cathodeName } from '../../charts/fullCell/cathodeName';
import { formatFixed, formatInputValue, formatSignificant } from '../../format/number';
import { useFigureStore } from '../../charts/kit/useFigureStore';
import { selectKinetics } from '../../state/selectors';
import { ReadoutColumns, ReadoutRow } from '../readoutTable';
import { measuredNote } from './KineticsReadout';

const percent = (v: number) => `${formatFixed(v, 1)} %`;
const perGram = (v: number) => `${formatSignificant(v, 3)} mAh/g`;
const areal = (v: number) => `${formatFixed(v, 2)} mAh/cm²`;
const mgPerCm2 = (gPerCm2: number) => `${formatSignificant(1000 * gPerCm2, 3)} mg/cm²`;

const ENDED_BY = {
  anode: 'the anode had no more Li to give back',
  cathode: 'the cathode had no more sites to fill',
} as const;

/** The full cell in numbers: efficiency, capacities, energy and where the lost Li went. */
export function FullCellReadout() {
  const [ref, view] = useFigureStore(selectKinetics);
  const fullCell = view?.fullCell;
  const cathodeId = view?.choices.cathode ?? '';
  const cathodeIce = isCathodeId(cathodeId)
    ? CATHODES[cathodeId].firstCycleEfficiency_percent.value
    : Number.NaN;
  const others = fullCell?.issues.filter((i) => i.code !== 'plating') ?? [];
  return (
    <section ref={ref} className="panel readout-panel" aria-labelledby="fullcell-readout-heading">
      <h4 id="fullcell-readout-heading">Full cell in numbers</h4>
      {!view || !fullCell ? (
        <p className="placeholder">Computing the kinetics…</p>
      ) : (
        <>
          <table className="readout">
            <caption>
              {cathodeName(cathodeId)} against the Si–Ge anode at x ={' '}
              {formatInputValue(view.inputs.xGe)}, N/P {formatInputValue(fullCell.npRatio)}; first
              cycle at 0.1 C
            </caption>
            <ReadoutColumns />
            <tbody>
              <ReadoutRow
                testId="readout-fullcell-ice"
                label="First-cycle efficiency"
                value={percent(fullCell.ice_percent)}
                note={
                  <>
                    anode alone (half cell) {percent(view.inventory.ice_percent)},{' '}
                    {measuredNote(FIRST_CYCLE_ICE, view.inputs.xGe, percent)}. Cathode alone{' '}
                    {percent(cathodeIce)}, assumed.
                  </>
                }
              />
              <ReadoutRow
                testId="readout-fullcell-discharge"
                label="First discharge"
                value={perGram(fullCell.dischargeCapacity_mAh_per_g_cathode)}
                note={
                  <>
                    per gram of cathode, after a{' '}
                    {perGram(fullCell.chargeCapacity_mAh_per_g_cathode)} charge; it ended when{' '}
                    {ENDED_BY[fullCell.dischargeLimitedBy]}
                  </>
                }
              />
              <ReadoutRow
                testId="readout-fullcell-areal"
                label="Areal capacity"
                value={areal(fullCell.arealCapacity_mAh_per_cm2)}
                note={
                  <>
                    {mgPerCm2(fullCell.cathodeLoading_g_per_cm2)} of cathode against{' '}
                    {mgPerCm2(fullCell.anodeLoading_g_per_cm2)} of Si–Ge
                  </>
                }
              />
              <ReadoutRow
                testId="readout-fullcell-voltage"
                label="Mean discharge voltage"
                value={<>{formatFixed(fullCell.averageVoltage_V, 2)} V</>}
              />
              <ReadoutRow
                testId="readout-fullcell-energy"
                label="Specific energy of the stack"
                value={<>{formatSignificant(fullCell.specificEnergy_Wh_per_kg, 3)} Wh/kg</>}
                note={
                  <>
                    Counts the anode, separator (
                    {formatSignificant(DEFAULT_STACK.separatorThickness_um, 3)} µm, assumed) and
                    cathode composite layers only, {mgPerCm2(fullCell.stack.total_g_per_cm2)} in
                    all: no current collectors, tabs or casing, so an upper bound.
                  </>
                }
              />
              <ReadoutRow
                testId="readout-fullcell-loss"
                label="Li not back after the first cycle"
                value={areal(
                  fullCell.firstCycleLoss.anode_mAh_per_cm2 +
                    fullCell.firstCycleLoss.plated_mAh_per_cm2 +
                    fullCell.firstCycleLoss.leftInAnode_mAh_per_cm2,
                )}
                note={
                  <>
                    {formatFixed(fullCell.firstCycleLoss.anode_mAh_per_cm2, 2)} spent in the anode,{' '}
                    {formatFixed(fullCell.firstCycleLoss.plated_mAh_per_cm2, 2)} plated,{' '}
                    {formatFixed(fullCell.firstCycleLoss.leftInAnode_mAh_per_cm2, 2)} left in the
                    anode for want of cathode sites
                  </>
                }
              />
            </tbody>
          </table>
          {others.length > 0 && (
            <ul className="hint" data-testid="fullcell-issues">
              {others.map((i) => (
                <li key={i.message}>{i.message}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
