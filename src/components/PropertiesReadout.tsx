import { selectResult } from '../state/selectors';
import { lazyModule } from './lazyModule';
import { useLazyModule } from './useLazyModule';
import { useThrottledAppStore } from './useThrottled';

/** How often the table may change while values stream in (a drag). */
const READOUT_INTERVAL_MS = 250;

/** The table and its specs: fetched when the page is idle, or when the model answers. */
const tableCode = lazyModule(() => import('./PropertiesTable'));

/**
 * Every figure the model gives for the current composition and conditions. Until both the
 * model's answer and the table's code are in, the panel says it is computing, as it always
 * did before the first answer: nothing moves but what moved before.
 */
export function PropertiesReadout() {
  // Throttled in the subscription: the table does not even re-render for the answers in
  // between. One result, so the caption and the values always belong together.
  const result = useThrottledAppStore(selectResult, READOUT_INTERVAL_MS);
  const { module, failed } = useLazyModule(tableCode, Boolean(result));
  // The section's boundary says so, with Retry (which draws the panel, and fetches, anew).
  if (failed) throw new Error('Its code did not load.');
  return (
    <section className="panel readout-panel" aria-labelledby="readout-heading">
      <h2 id="readout-heading">Properties</h2>
      {!result || !module ? (
        <p className="placeholder">Computing the model…</p>
      ) : (
        <module.PropertiesTable result={result} />
      )}
    </section>
  );
}
