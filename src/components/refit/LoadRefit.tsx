import { useId, useRef } from 'react';
import { RefitError } from '../../core/refit/errors';
import { useAppStore } from '../../state/hooks';
import { loadRefit } from './refitFile';

/**
 * "Load parameters…": a saved refit read back and put on show, applicable like a fresh one.
 * A file that is not one says why, in the panel's message region; nothing is thrown.
 */
export function LoadRefit({
  disabled,
  onError,
}: {
  disabled: boolean;
  onError: (message: string | null) => void;
}) {
  const showRefit = useAppStore((s) => s.showRefit);
  const announce = useAppStore((s) => s.announce);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function load(file: File | undefined) {
    if (!file) return;
    onError(null);
    try {
      const refit = await loadRefit(file);
      showRefit(refit);
      announce(`Parameters ${refit.source}.`);
    } catch (error) {
      onError(
        error instanceof RefitError
          ? `${file.name}: ${error.message}`
          : `${file.name} could not be loaded: ${String(error)}`,
      );
    } finally {
      // Emptied, so that the same file can be chosen again after an edit.
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="refit-load">
      <label htmlFor={id}>Load parameters… (JSON saved here or by the CLI)</label>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".json,application/json"
        data-testid="refit-load"
        disabled={disabled}
        onChange={(e) => void load(e.currentTarget.files?.[0])}
      />
    </div>
  );
}
