import { useEffect, type RefObject } from 'react';

export interface GlobalKeyActions {
  /** Alt+R. */
  resetAll(): void;
  /** "?". */
  openShortcuts(): void;
  /** "p": pin the view for comparison. */
  pin(): void;
}

/** Where a key types text: "?" there is a character, not a command. */
function isTyping(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['range', 'radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type)
  );
}

/**
 * The page-wide shortcuts. On its own page the app takes them wherever focus is; embedded
 * (a shadow root in someone else's page) only while focus is inside the explorer, so the
 * host page keeps its own keys. `anchor` is any element of the app, to find its root.
 */
export function useGlobalKeys(anchor: RefObject<HTMLElement | null>, actions: GlobalKeyActions) {
  const { resetAll, openShortcuts, pin } = actions;
  useEffect(() => {
    const element = anchor.current;
    if (!element) return undefined;
    const doc = element.ownerDocument;
    const root = element.getRootNode();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      const target = event.composedPath()[0];
      if (root !== doc && !(target instanceof Node && root.contains(target))) return;
      // The code, not the key: Option+R on a Mac types "®".
      if (event.altKey && event.code === 'KeyR') {
        event.preventDefault();
        resetAll();
      } else if (event.key === '?' && !event.altKey && !isTyping(target)) {
        event.preventDefault();
        openShortcuts();
      } else if (
        (event.key === 'p' || event.key === 'P') &&
        !event.altKey &&
        !isTyping(target) &&
        // Not behind the shortcuts list: what it covers is not where the user is.
        !(target instanceof Element && target.closest('dialog'))
      ) {
        event.preventDefault();
        pin();
      }
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [anchor, resetAll, openShortcuts, pin]);
}
