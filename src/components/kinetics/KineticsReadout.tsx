import { snapshotMoment } from '../../charts/distribution/moment';
import { formulaOf } from '../../format/formula';
import { electrodeSizeOf, type KineticsView } from '../../core';
import {
  FIRST_CYCLE_DELITHIATION,
  RETENTION_AT_3C,
  type CellMeasurement,
} from '../../data/measurements';
import { shortCitation } from '../../format/citation';
import { electrodeText, whatIfText } from '../../format/modelSettings';
import { formatFixed, formatInputValue, formatSignificant } from '../../format/number';
import { useFigureStore } from '../../charts/kit/useFigureStore';
import { selectKinetics } from '../../state/selectors';
import { GroupRow, ReadoutColumns, ReadoutRow } from '../readoutTable';
import { LimitingProcess } from './LimitingProcess';
import { SwellingRows } from './SwellingRows';
import { peakSeparation } from '../../core/kinetics/peakSeparation';
import { DEFAULT_DQDV_SETTINGS } from '../../charts/dqdv/dqdvCurves';

const capacity = (v: number) => `${formatSignificant(v, 4)} mAh/g`;
const percent = (v: number) => `${formatFixed(v, 0)} %`;

/**
 * The measured value at this composition, or all of them (the comparison a reader
 * wants either way), with the source.
 */
export function measuredNote(
  list: readonly CellMeasurement[],
  xGe: number,
  format: (v: number) => string,
) {
  const here = list.find((m) => Math.abs(m.xGe - xGe) < 1e-9);
  const first = list[0];
  if (!first) return null;
  const cite = shortCitation(first);
  if (here) return `measured on ${formulaOf(here.compositionId)}: ${format(here.value)}; ${cite}`;
  return `measured: ${list.map((m) => `${formulaOf(m.compositionId)} ${format(m.value)}`).join(', ')}; ${cite}`;
}

/** The kinetics in numbers: capacities, retention, polarisation and what limits the cell. */
export function KineticsReadout() {
  const [ref, view] = useFigureStore(selectKinetics);
  const whatIf = view && whatIfText(view.inputs);
  return (
    <section
      ref={ref}
      className="panel readout-panel kinetics-readout"
      aria-labelledby="kinetics-readout-heading"
    >
      <h3 id="kinetics-readout-heading" data-testid="kinetics-readout-heading">
        Kinetics in numbers
      </h3>
      {!view ? (
        <p className="placeholder">Computing the kinetics…</p>
      ) : (
        <div className="kinetics-readout-body">
          <LimitingProcess limitation={view.limitation} moment={snapshotMoment(view)} />
          <table className="readout">
            <caption>
              At x = {formatInputValue(view.inputs.xGe)}, porosity{' '}
              {formatInputValue(view.inputs.porosity)}, separator {view.choices.separator},{' '}
              {electrodeText(electrodeSizeOf(view.inputs, view.choices.electrodeBasis))} electrode
              {whatIf && (
                <>
                  ,{' '}
                  <span className="what-if-tag" data-testid="kinetics-what-if">
                    {whatIf}
                  </span>
                </>
              )}
            </caption>
            <ReadoutColumns />
            <tbody>
              <GroupRow>Delithiation capacity at the profile rates</GroupRow>
              {view.profiles.map((p, i) => {
                const end = p.delithiation[p.delithiation.length - 1];
                return (
                  <ReadoutRow
                    key={i}
                    testId={`readout-profile-${i + 1}`}
                    label={`At ${formatInputValue(p.cRate)} C`}
                    value={capacity(end?.capacity_mAh_per_g ?? Number.NaN)}
                    note={`mean polarisation ${formatFixed(p.polarization_V, 3)} V`}
                  />
                );
              })}
            </tbody>
            <tbody>
              <GroupRow>Rate capability</GroupRow>
              <ReadoutRow
                testId="readout-retention"
                label="Retention at 3 C (of the 0.2 C capacity)"
                value={percent(view.retention3C_percent)}
                note={measuredNote(
                  RETENTION_AT_3C,
                  view.inputs.xGe,
                  (v) => `${formatFixed(v, 1)} %`,
                )}
              />
            </tbody>
            <tbody>
              <GroupRow>First cycle (formation at 0.1 C)</GroupRow>
              <ReadoutRow
                testId="readout-formation-lithiation"
                label="Lithiation capacity"
                value={capacity(view.formation.lithiation_mAh_per_g)}
              />
              <ReadoutRow
                testId="readout-formation-delithiation"
                label="Delithiation capacity"
                value={capacity(view.formation.delithiation_mAh_per_g)}
                note={measuredNote(FIRST_CYCLE_DELITHIATION, view.inputs.xGe, capacity)}
              />
              <PeakSeparationRow view={view} />
            </tbody>
            <SwellingRows view={view} />
          </table>
        </div>
      )}
    </section>
  );
}

/** The first cycle's dQ/dV peaks as the figure finds them at its default binning. */
function PeakSeparationRow({ view }: { view: KineticsView }) {
  const peaks = peakSeparation(view.formation.profile, DEFAULT_DQDV_SETTINGS);
  return (
    <ReadoutRow
      testId="readout-peak-separation"
      label="dQ/dV peak separation"
      value={peaks ? `${formatFixed(peaks.separation_V, 3)} V` : '—'}
      note={
        peaks
          ? `lithiation peak ${formatFixed(peaks.lithiation_V, 3)} V, delithiation ` +
            `${formatFixed(peaks.delithiation_V, 3)} V vs Li/Li⁺`
          : 'no peaks: nothing inserted'
      }
    />
  );
}
