import { useImperativeHandle, useRef, type Ref } from 'react';
import { SHORTCUT_GROUPS, type Shortcut } from './shortcuts';

export interface ShortcutsDialogHandle {
  /** Opens the dialog; focus comes back to what had it (or to `fallback`) on close. */
  open(fallback: HTMLElement | null): void;
}

function Keys({ shortcut }: { shortcut: Shortcut }) {
  return (
    <>
      {shortcut.keys.map((combo, i) => (
        <span key={i} className="key-combo">
          {i > 0 && <span className="key-or"> or </span>}
          {combo.map((key, j) => (
            <span key={key}>
              {j > 0 && '+'}
              <kbd>{key}</kbd>
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

/**
 * Every keyboard shortcut, in a native modal <dialog>: showModal() makes the rest of the
 * page inert (focus stays inside) and Escape closes it, with no focus-trap code of our own.
 * Where showModal is missing (jsdom, old browsers), it opens as a plain open dialog and
 * Escape is handled here.
 */
export function ShortcutsDialog({ ref }: { ref: Ref<ShortcutsDialogHandle> }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const restoreFocus = () => {
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus();
  };

  const close = () => {
    const dialog = dialogRef.current;
    if (!dialog?.hasAttribute('open')) return;
    if (typeof dialog.close === 'function')
      dialog.close(); // fires "close": restoreFocus
    else {
      dialog.removeAttribute('open');
      restoreFocus();
    }
  };

  useImperativeHandle(ref, () => ({
    open(fallback) {
      const dialog = dialogRef.current;
      if (!dialog || dialog.hasAttribute('open')) return;
      // The active element of our own root: in the embed that is the shadow root.
      const root = dialog.getRootNode() as Document | ShadowRoot;
      const active = root.activeElement;
      returnTo.current =
        active instanceof HTMLElement && active !== dialog.ownerDocument.body ? active : fallback;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      if (!dialog.contains(root.activeElement)) closeRef.current?.focus();
    },
  }));

  return (
    <dialog
      ref={dialogRef}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-dialog"
      onClose={restoreFocus}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <div className="shortcuts-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button ref={closeRef} type="button" onClick={close} data-testid="shortcuts-close">
          Close
        </button>
      </div>
      {SHORTCUT_GROUPS.map((group) => (
        <table key={group.title} className="shortcuts-table">
          <caption>{group.title}</caption>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {group.shortcuts.map((s) => (
              <tr key={s.does}>
                <td>
                  <Keys shortcut={s} />
                </td>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </dialog>
  );
}
