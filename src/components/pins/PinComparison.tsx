import type { KineticsView } from '../../core';
import { LineSwatch } from '../../charts/kit/Legend';
import { PIN_BUTTON_ID, pinStatusText, RemovePinButton } from '../../charts/kit/PinLegend';
import { pinStyle } from '../../charts/kit/pinStyle';
import { MODEL_COLOR } from '../../charts/rate/RateChart';
import { usePinnedEntries } from '../../charts/kit/usePinned';
import { compositionLabel } from '../../format/pinLabel';
import { useAppStore } from '../../state/hooks';
import { MAX_PINS } from '../../state/pinTypes';
import { useFigureStore } from '../../charts/kit/useFigureStore';
import { selectKinetics } from '../../state/selectors';
import { focusByIdFrom } from '../focusById';
import { Missing, ScrollTable } from '../ScrollTable';
import { HEADLINE_FIGURES } from './headlineFigures';

/** A view's headline figures as cells; dashes with the reason where there is no view yet. */
function FigureCells({ view, why }: { view: KineticsView | null; why: string }) {
  return (
    <>
      {HEADLINE_FIGURES.map((f) => (
        <td key={f.key} className="num">
          {view ? f.format(f.value(view)) : <Missing why={why} />}
        </td>
      ))}
    </>
  );
}

/**
 * The headline figures of the live view and of every pin side by side, under the figures
 * that draw them: the numbers behind the overlays, and their text alternative.
 */
export function PinComparison() {
  const [ref, live] = useFigureStore(selectKinetics);
  const entries = usePinnedEntries();
  const clearPins = useAppStore((s) => s.clearPins);
  return (
    <section
      ref={ref}
      className="panel pin-comparison"
      aria-labelledby="pins-heading"
      data-testid="pin-comparison"
    >
      <div className="figure-head">
        <h3 id="pins-heading">Compare pinned views</h3>
        {entries.length > 0 && (
          <button
            type="button"
            data-testid="clear-pins"
            onClick={(event) => {
              // The button goes with the pins: focus goes to the one that pins again.
              focusByIdFrom(event)(PIN_BUTTON_ID);
              clearPins();
            }}
          >
            Clear pins
          </button>
        )}
      </div>
      {entries.length === 0 ? (
        <p className="hint">
          “Pin this view” at the top of the page (or the P key) keeps the current composition and
          settings: up to {MAX_PINS} pins are drawn in every figure beside the live view, and
          compared here.
        </p>
      ) : (
        <ScrollTable captionId="pins-caption">
          <table className="pin-table" data-testid="pin-table">
            <caption id="pins-caption">
              Headline figures of the live view and of each pin (settings that differ from the live
              view are named)
            </caption>
            <thead>
              <tr>
                <th scope="col">View</th>
                {HEADLINE_FIGURES.map((f) => (
                  <th key={f.key} scope="col" className="num">
                    {f.label} <span className="unit">({f.unit})</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody data-pin-group="">
              <tr data-testid="pin-row-live">
                <th scope="row">
                  <LineSwatch color={MODEL_COLOR} />
                  live, {live ? compositionLabel(live.inputs.xGe) : '…'}
                </th>
                <FigureCells view={live} why="computing" />
              </tr>
              {entries.map((entry) => {
                const { color, dash } = pinStyle(entry.pin.slot);
                const status = pinStatusText(entry.result);
                const view = entry.result?.status === 'ready' ? entry.result.view : null;
                return (
                  <tr key={entry.pin.key} data-testid="pin-row" data-pin={entry.pin.key}>
                    <th scope="row">
                      <LineSwatch color={color} dash={dash} />
                      {entry.label}
                      {status && <span className="pin-status"> ({status})</span>}
                      <RemovePinButton entry={entry} />
                    </th>
                    <FigureCells view={view} why={status ?? ''} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
