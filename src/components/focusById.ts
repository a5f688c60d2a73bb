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
