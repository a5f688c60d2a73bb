import type { PinResult } from '../../state/pinTypes';
import { useAppStore } from '../../state/hooks';
import { LineSwatch } from './Legend';
import { pinStyle } from './pinStyle';
import { usePinnedEntries, type PinnedEntry } from './usePinned';

/** The "Pin this view" button: where focus goes when the last pin's remove button goes. */
export const PIN_BUTTON_ID = 'pin-button';

/** Why a pin is not drawn yet, or null once it is. */
export function pinStatusText(result: PinResult | undefined): string | null {
  if (!result || result.status === 'computing') return 'computing…';
  if (result.status === 'error') return `not computed: ${result.message}`;
  return null;
}

/**
 * Focus must not fall back to the page's start when the button it is on goes: it moves to
 * the next pin's remove button of the same group, else the previous one's, else to "Pin
 * this view". Done before the removal, while the group still holds this button.
 */
function moveFocusFrom(button: HTMLElement) {
  const group = button.closest('[data-pin-group]');
  const buttons = group ? [...group.querySelectorAll<HTMLElement>('[data-pin-remove]')] : [];
  const at = buttons.indexOf(button);
  const root = button.getRootNode();
  const scope = root instanceof ShadowRoot ? root : button.ownerDocument;
  (buttons[at + 1] ?? buttons[at - 1] ?? scope.getElementById(PIN_BUTTON_ID))?.focus();
}

/** "×", named for its pin: "Remove pin x = 0.125 (Si₇Ge)". */
export function RemovePinButton({ entry }: { entry: PinnedEntry }) {
  const removePin = useAppStore((s) => s.removePin);
  const name = `Remove pin ${entry.label}`;
  return (
    <button
      type="button"
      className="pin-remove"
      data-testid="pin-remove"
      data-pin-remove={entry.pin.key}
      aria-label={name}
      title={name}
      onClick={(event) => {
        moveFocusFrom(event.currentTarget);
        removePin(entry.pin.key);
      }}
    >
      ×
    </button>
  );
}

export interface PinLegendProps {
  /** False for a figure that draws the pins' settings, not their kinetics (no "computing…"). */
  needsKinetics?: boolean;
  /** What this figure draws of a pin, when it is not the whole (", at 0.2 C"). */
  detail?: (entry: PinnedEntry) => string;
}

/**
 * The pins' key to a figure, beside its own legend: swatch, what the pin is (its x and how
 * it differs from the live view), whether it is still computing, and a remove button.
 */
export function PinLegend({ needsKinetics = true, detail }: PinLegendProps) {
  const entries = usePinnedEntries();
  if (entries.length === 0) return null;
  return (
    <ul className="legend pin-legend" aria-label="Pinned views" data-pin-group="">
      {entries.map((entry) => {
        const { color, dash } = pinStyle(entry.pin.slot);
        const status = needsKinetics ? pinStatusText(entry.result) : null;
        return (
          <li key={entry.pin.key} data-testid="pin-legend-entry" data-pin={entry.pin.key}>
            <LineSwatch color={color} dash={dash} />
            <span>
              pinned {entry.label}
              {detail?.(entry)}
              {status && <span className="pin-status"> ({status})</span>}
            </span>
            <RemovePinButton entry={entry} />
          </li>
        );
      })}
    </ul>
  );
}
