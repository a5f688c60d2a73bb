import type { ModelStatus } from '../state/storeTypes';

const WORDS: Readonly<Record<ModelStatus, string>> = {
  idle: 'idle',
  computing: 'computing…',
  ready: 'ready',
  error: 'error',
};

export interface StatusLineProps {
  /** What is computing, e.g. "Model". */
  label: string;
  status: ModelStatus;
  testId: string;
}

/** A quiet, always-present status line; polite so that drags do not interrupt speech. */
export function StatusLine({ label, status, testId }: StatusLineProps) {
  return (
    <p
      className={`model-status status-${status}`}
      data-testid={testId}
      data-status={status}
      aria-live="polite"
    >
      <span className="status-dot" aria-hidden="true" />
      {label}: {WORDS[status]}
    </p>
  );
}
