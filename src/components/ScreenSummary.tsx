import { describeState } from './summary/describeState';
import { useThrottledAppStore } from './useThrottled';

/**
 * During a drag the words follow at a few hertz, like the properties table: a paragraph
 * rewritten every frame would re-lay out the page below it for nothing anyone can read.
 */
const SUMMARY_INTERVAL_MS = 250;

/**
 * The screen in words, near the top: composition, limiting carrier, the balanced band,
 * σamb and the electrode's headline figures. Visible to everyone and deliberately not a
 * live region: it changes with every step, and the context responses (LiveAnnouncer)
 * speak only when something meaningful is crossed.
 */
export function ScreenSummary() {
  const text = useThrottledAppStore(describeState, SUMMARY_INTERVAL_MS);
  return (
    <p className="screen-summary" data-testid="screen-summary">
      {text}
    </p>
  );
}
