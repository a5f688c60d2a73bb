import { PIN_BUTTON_ID } from '../../charts/kit/PinLegend';
import { useAppStore } from '../../state/hooks';
import { encodePin } from '../../state/pinCodec';
import { MAX_PINS } from '../../state/pinTypes';
import type { Store } from '../../state/storeTypes';

const selectCount = (s: Store) => s.pins.length;
/** Whether the live view is one of the pins (a string compare per pin, cheap on a drag). */
const selectIsPinned = (s: Store) => {
  if (s.pins.length === 0) return false;
  const key = encodePin(s.inputs, s.choices);
  return s.pins.some((p) => p.key === key);
};

/**
 * "Pin this view" (or P): the view as it is now is drawn in every figure beside the live one,
 * up to MAX_PINS. It stays pressable when it cannot pin, so that the press (or the key) says
 * why in the live region rather than doing nothing; the count beside it says so too.
 */
export function PinButton({ onPin }: { onPin: () => void }) {
  const count = useAppStore(selectCount);
  const pinned = useAppStore(selectIsPinned);
  const status =
    count === 0
      ? null
      : `${count} of ${MAX_PINS} pinned${pinned ? ', this view among them' : ''}${
          count === MAX_PINS && !pinned ? '; remove one to pin this view' : ''
        }`;
  return (
    <span className="pin-tool">
      <button
        id={PIN_BUTTON_ID}
        type="button"
        data-testid="pin-button"
        aria-keyshortcuts="P"
        aria-describedby={status ? 'pin-count' : undefined}
        title="Pin this view, to compare it in every figure (P)"
        onClick={onPin}
      >
        Pin this view
      </button>
      {status && (
        <span id="pin-count" className="pin-count" data-testid="pin-count">
          {status}
        </span>
      )}
    </span>
  );
}
