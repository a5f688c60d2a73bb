import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { lazyModule } from './lazyModule';
import type { ShortcutsDialogHandle } from './ShortcutsDialog';
import { useLazyModule } from './useLazyModule';

/** The dialog and its list of keys: not needed until someone asks for them. */
const dialogCode = lazyModule(() => import('./ShortcutsDialog'));

const NOT_LOADED =
  'Could not open the keyboard shortcuts: their code did not load (a lost connection is the ' +
  'usual cause); try again.';

/**
 * The keyboard shortcuts dialog (ShortcutsDialog.tsx), its code fetched when the page is
 * idle. Closed, a dialog takes no room, so nothing moves when it arrives; opened before
 * that (the button, "?"), it opens as soon as its code is in. A fetch that fails is said
 * beside the button, and the next attempt fetches anew.
 */
export function LazyShortcutsDialog({ ref }: { ref: Ref<ShortcutsDialogHandle> }) {
  const { module, failed, fetchNow } = useLazyModule(dialogCode);
  const dialog = useRef<ShortcutsDialogHandle>(null);
  /** Where focus goes back to, for an open asked for before the code was in. */
  const waiting = useRef<{ readonly fallback: HTMLElement | null } | null>(null);

  useEffect(() => {
    if (!module || !waiting.current) return;
    dialog.current?.open(waiting.current.fallback);
    waiting.current = null;
  }, [module]);

  useImperativeHandle(ref, () => ({
    open(fallback) {
      if (dialog.current) {
        dialog.current.open(fallback);
        return;
      }
      waiting.current = { fallback };
      fetchNow();
    },
  }));

  if (module) return <module.ShortcutsDialog ref={dialog} />;
  return failed ? (
    <span role="alert" className="download-error">
      {NOT_LOADED}
    </span>
  ) : null;
}
