import { useMemo } from 'react';
import { formulaOf } from '../../format/formula';
import { INVENTORY_PROTOCOL } from '../../core/kinetics/inventory';
import { formatSignificant } from '../../format/number';
import { useAppStore, useDeferredAppStore } from '../../state/hooks';
import { useFigureStore } from '../kit/useFigureStore';
import { selectKinetics, selectKineticsBusy, selectRetention } from '../../state/selectors';
import { FigurePanel } from '../kit/FigurePanel';
import type { Proportions } from '../kit/frame';
import { FillSwatch, Legend } from '../kit/Legend';
import { PinLegend } from '../kit/PinLegend';
import { usePinnedSeries } from '../kit/usePinned';
import { renderKey, settingsKey } from '../kit/renderKey';
import { InventoryBar } from './InventoryBar';
import { InventoryChart } from './InventoryChart';
import { InventoryTable } from './InventoryTable';
import { lossSentence } from './lossSentence';
import {
  MEASURED_INVENTORY,
  MEASURED_INVENTORY_CITATION,
  measuredInventoryAt,
} from './measuredInventory';
import { SHARES, sharesOfModel } from './shares';
import { BAR_WIDTH_PX, shareAxisFloor } from './useInventoryScales';
import { inventoryData } from '../../export/kineticsFigureData';
import type { KineticsView } from '../../core';

const PROPORTIONS: Proportions = { ratio: 0.42, min: 280, max: 360 };
/** Between bar and areas, px (as in the CSS). */
const GAP_PX = 16;
/** Narrower than this, the areas go below the bar instead of beside it. */
const MIN_AREA_PX = 280;
/** A bar on a row of its own need not be as tall as the figure below it. */
const STACKED_BAR_HEIGHT_PX = 200;
const HOLD_HOURS = formatSignificant(INVENTORY_PROTOCOL.holdDuration_s / 3600, 2);
const MEASURED_REVERSIBLE = MEASURED_INVENTORY.map((m) => m.reversible_percent);
const pickShares = (view: KineticsView) => sharesOfModel(view.inputs.xGe, view.inventory);

const LEGEND = [
  ...SHARES.map((s) => ({
    key: s.key,
    swatch: <FillSwatch color={s.color} />,
    label: `${s.short}: ${s.meaning}`,
  })),
  {
    key: 'measured',
    swatch: <FillSwatch color={SHARES[0]?.color ?? '#fff'} outline="#1a1a1a" />,
    label: `measured, ${MEASURED_INVENTORY.map((m) => formulaOf(m.compositionId)).join(', ')} (${MEASURED_INVENTORY_CITATION})`,
  },
];

/**
 * Where the Li of the first lithiation goes: a bar for the current composition beside the
 * same shares across x (filled in as the retention sweep arrives), the measured bars over
 * them, and a sentence that says it in words.
 */
export function InventoryPanel() {
  const [figureRef, kinetics] = useFigureStore(selectKinetics);
  const sweep = useDeferredAppStore(selectRetention);
  const busy = useAppStore(selectKineticsBusy);
  const pinned = usePinnedSeries(pickShares);
  const current = useMemo(
    () => (kinetics ? sharesOfModel(kinetics.inputs.xGe, kinetics.inventory) : null),
    [kinetics],
  );
  const points = useMemo(
    () => sweep.points.map((p) => sharesOfModel(p.xGe, p.inventory)),
    [sweep.points],
  );
  const floor = useMemo(
    () =>
      shareAxisFloor([
        ...MEASURED_REVERSIBLE,
        ...points.map((p) => p.reversible),
        ...(current ? [current.reversible] : []),
        ...pinned.map((p) => p.data.reversible),
      ]),
    [points, current, pinned],
  );
  const xGe = kinetics?.inputs.xGe ?? null;

  return (
    <FigurePanel
      figureRef={figureRef}
      headingId="inventory-heading"
      headingLevel={4}
      heading="Where the lithium goes in the first cycle"
      busy={busy && kinetics !== null}
      proportions={PROPORTIONS}
      placeholder={null}
      data={sweep.status === 'ready' ? inventoryData(sweep.points) : null}
      legend={
        <>
          <Legend label="Legend: Li inventory" entries={LEGEND} />
          <PinLegend />
        </>
      }
      caption={
        <>
          <p className="inventory-sentence" data-testid="inventory-sentence">
            {kinetics
              ? lossSentence(
                  kinetics.inventory,
                  kinetics.inputs.xGe,
                  measuredInventoryAt(xGe ?? -1),
                )
              : 'Computing the kinetics…'}
          </p>
          <p>
            Shares of the Li inserted by the first 0.1 C lithiation: back on the 0.1 C charge to the
            upper cut-off (RA-Li), back only during a {HOLD_HOURS} h hold there (QA-Li), never back
            (I-Li), as in the study&rsquo;s titration. The bar is the current composition; the areas
            span x = 0–1, computed a few compositions at a time.
            {floor > 0 &&
              ` The share axis starts at ${floor} % (marked by the break) so that the losses are legible.`}
            {pinned.length > 0 &&
              ' A pinned view is a line at its composition, with dots where its RA-Li and QA-Li end.'}
          </p>
          {kinetics && <InventoryTable xGe={kinetics.inputs.xGe} inventory={kinetics.inventory} />}
        </>
      }
    >
      {({ width, height }) => {
        const sideBySide = width >= BAR_WIDTH_PX + GAP_PX + MIN_AREA_PX;
        const areaWidth = sideBySide ? width - BAR_WIDTH_PX - GAP_PX : width;
        const barHeight = sideBySide ? height : Math.min(height, STACKED_BAR_HEIGHT_PX);
        return (
          <div className="inventory-figures">
            {current && kinetics ? (
              <InventoryBar
                shares={current}
                floor={floor}
                renderedKey={settingsKey(kinetics.inputs, kinetics.choices)}
                aligned={sideBySide}
                width={BAR_WIDTH_PX}
                height={barHeight}
              />
            ) : (
              <div className="chart-placeholder" style={{ width: BAR_WIDTH_PX, height: barHeight }}>
                Computing…
              </div>
            )}
            <InventoryChart
              points={points}
              total={sweep.total}
              status={sweep.status}
              markerX={xGe}
              floor={floor}
              renderedKey={renderKey(`${sweep.key}|${points.length}|${xGe ?? ''}|${floor}`)}
              width={areaWidth}
              height={height}
              pinned={pinned}
            />
          </div>
        );
      }}
    </FigurePanel>
  );
}
