import type { ImportOutcome } from './useCellImport';

interface ImportStatusProps {
  /** The share read while a parse runs; null otherwise. */
  readonly progress: number | null;
  readonly outcome: ImportOutcome | null;
  readonly error: string | null;
  readonly onCancel: () => void;
}

const cyclesText = (n: number) => (n === 1 ? '1 cycle' : `${n} cycles`);

/**
 * Where the import stands: a progress bar with Cancel while the file is read, then what was
 * found (the format in words, the cycles, any warnings), or what went wrong. The alert region
 * is always in the page, so that a screen reader hears a message put into it.
 */
export function ImportStatus({ progress, outcome, error, onCancel }: ImportStatusProps) {
  return (
    <>
      {progress !== null && (
        <div className="cell-progress" data-testid="cell-progress">
          <label>
            Reading the file{' '}
            <progress max={1} value={progress}>
              {Math.round(progress * 100)} %
            </progress>
          </label>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {outcome?.kind === 'imported' && (
        <div className="cell-outcome" data-testid="cell-outcome">
          <p>
            Imported {outcome.fileName}: detected <strong>{outcome.formatLabel}</strong>,{' '}
            {cyclesText(outcome.cycles)}.
          </p>
          {outcome.warnings.length > 0 && (
            <ul className="cell-warnings" aria-label="Warnings">
              {outcome.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {outcome?.kind === 'cancelled' && <p className="hint">Import cancelled.</p>}
      <div role="alert" className="cell-error" data-testid="cell-error">
        {error}
      </div>
    </>
  );
}
