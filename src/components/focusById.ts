import type { SyntheticEvent } from 'react';

/**
 * Focuses the element with this id in the document or shadow root the event happened in:
 * embedded with a script tag the app lives in a shadow root, where document.getElementById
 * finds nothing. The root is taken from the event at once, before a dismissal removes the
 * element it happened on.
 */
export function focusByIdFrom(event: SyntheticEvent): (id: string) => void {
  const root = event.currentTarget.getRootNode();
  const scope = root instanceof ShadowRoot ? root : document;
  return (id) => (scope.getElementById(id) as HTMLElement | null)?.focus();
}

/**
 * Call before a remove button takes its list item away: focus must not fall back to the
 * page's start. It moves to the next `item` button of the same `group`, else the previous
 * one, else to the element with `fallbackId` (in the button's own document or shadow root).
 */
export function focusNeighbourBeforeRemoval(
  button: HTMLElement,
  group: string,
  item: string,
  fallbackId: string,
): void {
  const list = button.closest(group);
  const buttons = list ? [...list.querySelectorAll<HTMLElement>(item)] : [];
  const at = buttons.indexOf(button);
  const root = button.getRootNode();
  const scope = root instanceof ShadowRoot ? root : button.ownerDocument;
  (buttons[at + 1] ?? buttons[at - 1] ?? scope.getElementById(fallbackId))?.focus();
}
