import { useAppStore } from '../state/hooks';
import { selectError, selectNotices, selectStatus } from '../state/selectors';
import { StatusLine } from './StatusLine';

/** Dismissing removes the focused button; put focus somewhere sensible instead. */
const focusMain = () => document.getElementById('main')?.focus();

/** Problems the user should know about: unusable link values and model failures. */
export function StatusBanner() {
  const notices = useAppStore(selectNotices);
  const error = useAppStore(selectError);
  const dismissNotices = useAppStore((s) => s.dismissNotices);
  const dismissError = useAppStore((s) => s.dismissError);
  const retry = useAppStore((s) => s.retry);
  if (notices.length === 0 && !error) return null;
  return (
    <div className="banners">
      {notices.length > 0 && (
        <div role="alert" className="banner banner-warning">
          <div>
            <p className="banner-title">Some values in the link could not be used:</p>
            <ul>
              {notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            onClick={() => {
              dismissNotices();
              focusMain();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <div role="alert" className="banner banner-error">
          <div>
            <p className="banner-title">The model could not be computed.</p>
            <p>{error} A fresh model worker starts with your next change.</p>
          </div>
          <span className="banner-actions">
            <button type="button" onClick={retry}>
              Try again
            </button>
            <button
              type="button"
              onClick={() => {
                dismissError();
                focusMain();
              }}
            >
              Dismiss
            </button>
          </span>
        </div>
      )}
    </div>
  );
}

/** The model's status line in the page header. */
export function ModelStatus() {
  const status = useAppStore(selectStatus);
  return <StatusLine label="Model" status={status} testId="model-status" />;
}
