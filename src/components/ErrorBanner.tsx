import type { MouseEvent } from 'react';

export interface ErrorBannerProps {
  /** What failed, e.g. "The model could not be computed." */
  title: string;
  /** The error and what happens next. */
  message: string;
  onRetry: () => void;
  /** Dismisses the banner; should also move focus somewhere sensible (the button goes). */
  onDismiss: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** A computation failure with a way to try again: the same for the model and the kinetics. */
export function ErrorBanner({ title, message, onRetry, onDismiss }: ErrorBannerProps) {
  return (
    <div role="alert" className="banner banner-error">
      <div>
        <p className="banner-title">{title}</p>
        <p>{message}</p>
      </div>
      <span className="banner-actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </span>
    </div>
  );
}
