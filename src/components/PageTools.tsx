import { useCallback, useRef } from 'react';
import { useAppStore } from '../state/hooks';
import { LessonShare } from './lessons/LessonShare';
import { PinButton } from './pins/PinButton';
import { LazyShortcutsDialog } from './LazyShortcutsDialog';
import type { ShortcutsDialogHandle } from './ShortcutsDialog';
import { useGlobalKeys } from './useGlobalKeys';

/**
 * Reset all and the keyboard shortcuts, as buttons and as keys (Alt+R, ?): what a teacher
 * reaches for between two exercises. The announcement of a reset comes from the store
 * (LiveAnnouncer), so the button and the key say it the same way. Beside them, "Share as
 * lesson" builds a link that fixes some settings and shows some sections (src/state/lesson.ts),
 * and "Pin this view" (P) keeps the view for comparison in every figure (src/state/pinsSlice.ts).
 */
export function PageTools() {
  const resetAll = useAppStore((s) => s.resetAll);
  const pin = useAppStore((s) => s.pinCurrent);
  const toolsRef = useRef<HTMLDivElement>(null);
  const shortcutsButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<ShortcutsDialogHandle>(null);
  const openShortcuts = useCallback(() => dialog.current?.open(shortcutsButton.current), []);
  useGlobalKeys(toolsRef, { resetAll, openShortcuts, pin });
  return (
    <div ref={toolsRef} className="page-tools">
      <button
        type="button"
        data-testid="reset-all"
        aria-keyshortcuts="Alt+R"
        title="Reset all (Alt+R)"
        onClick={resetAll}
      >
        Reset all
      </button>
      <button
        ref={shortcutsButton}
        type="button"
        data-testid="shortcuts-button"
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
        title="Keyboard shortcuts (?)"
        onClick={openShortcuts}
      >
        Keyboard shortcuts
      </button>
      <LazyShortcutsDialog ref={dialog} />
      <PinButton onPin={pin} />
      <LessonShare />
    </div>
  );
}
