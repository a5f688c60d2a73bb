import { useShallow } from 'zustand/react/shallow';
import { formulaOf } from '../../format/formula';
import { formatFixed, formatInputValue } from '../../format/number';
import { useAppStore, useDeferredAppStore } from '../../state/hooks';
import { selectRetention } from '../../state/selectors';
import type { Store } from '../../state/storeTypes';
import type { Proportions } from '../kit/frame';
import { FigurePanel } from '../kit/FigurePanel';
import { Legend, LineSwatch, SymbolSwatch } from '../kit/Legend';
import { PinLegend } from '../kit/PinLegend';
import { usePinnedSeries } from '../kit/usePinned';
import { renderKey } from '../kit/renderKey';
import {
  MEASURED_COLOR,
  MEASURED_RETENTION,
  MEASURED_RETENTION_LABEL,
  MEASURED_SYMBOL_PATH,
} from './measuredRetention';
import { PREVIOUS_COLOR, RETENTION_COLOR, RetentionChart } from './RetentionChart';
import { retentionData } from '../../export/kineticsFigureData';
import type { KineticsView } from '../../core';

const PROPORTIONS: Proportions = { ratio: 0.66, min: 260, max: 380 };
const pickRetention = (view: KineticsView) => view.retention3C_percent;

/** Primitives only, so the panel re-renders when the marker really moved. */
const selectMarker = (s: Store) =>
  s.kinetics
    ? { xGe: s.kinetics.inputs.xGe, retention: s.kinetics.retention3C_percent }
    : { xGe: Number.NaN, retention: Number.NaN };

const measuredList = MEASURED_RETENTION.map(
  (m) => `${formulaOf(m.compositionId)} ${formatFixed(m.value, 1)} %`,
).join(', ');

/** Retention across compositions: x changes only the marker, every other setting the curve. */
export function RetentionPanel() {
  const sweep = useDeferredAppStore(selectRetention);
  const marker = useAppStore(useShallow(selectMarker));
  const known = Number.isFinite(marker.xGe);
  const pinned = usePinnedSeries(pickRetention);
  return (
    <FigurePanel
      headingId="retention-heading"
      heading="Retention at 3 C across compositions"
      busy={sweep.status === 'computing'}
      // The old curve stays visible as a grey reference instead: dimming would hide the new one.
      dimWhileBusy={false}
      proportions={PROPORTIONS}
      // Axes and measured points at once: the curve's progress is drawn in the chart itself.
      placeholder={null}
      data={sweep.status === 'ready' ? retentionData(sweep.points) : null}
      legend={
        <>
          <Legend
            label="Legend: retention"
            entries={[
              { key: 'model', swatch: <LineSwatch color={RETENTION_COLOR} />, label: 'model' },
              // Only once there is a previous curve: a key to nothing drawn would puzzle.
              ...(sweep.previous
                ? [
                    {
                      key: 'previous',
                      swatch: <LineSwatch color={PREVIOUS_COLOR} strokeWidth={1.5} dash="4 3" />,
                      label: 'before the last change',
                    },
                  ]
                : []),
              {
                key: 'measured',
                swatch: <SymbolSwatch d={MEASURED_SYMBOL_PATH} fill={MEASURED_COLOR} />,
                label: MEASURED_RETENTION_LABEL,
              },
            ]}
          />
          <PinLegend />
        </>
      }
      caption={
        <p>
          Delithiation capacity at 3 C as a share of that at 0.2 C (the study&rsquo;s measure),
          computed for {sweep.total || '…'} compositions a few at a time, left to right. The current
          composition only moves the marker; any other setting of the cell redraws the curve.
          Measured: {measuredList}.
          {pinned.length > 0 &&
            ' A pinned view is a line at its composition, with a dot at its own retention (its cell may differ from the curve’s).'}
        </p>
      }
    >
      {(size) => (
        <RetentionChart
          points={sweep.points}
          previous={sweep.previous}
          total={sweep.total}
          status={sweep.status}
          marker={known ? marker : null}
          renderedKey={renderKey(
            `${sweep.key}|${sweep.points.length}|${known ? formatInputValue(marker.xGe) : ''}`,
          )}
          {...size}
          pinned={pinned}
        />
      )}
    </FigurePanel>
  );
}
