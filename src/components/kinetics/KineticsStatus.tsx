import { useAppStore } from '../../state/hooks';
import { ErrorBanner } from '../ErrorBanner';
import { focusByIdFrom } from '../focusById';
import { StatusLine } from '../StatusLine';
import { selectKineticsError, selectKineticsStatus } from '../../state/selectors';

/** The kinetics' own status line: they answer in tenths of a second, not milliseconds. */
export function KineticsStatus() {
  const status = useAppStore(selectKineticsStatus);
  return <StatusLine label="Kinetics" status={status} testId="kinetics-status" />;
}

/** A kinetics failure, beside the panels it affects, with a way to try again. */
export function KineticsAlert() {
  const error = useAppStore(selectKineticsError);
  const retry = useAppStore((s) => s.retryKinetics);
  const dismiss = useAppStore((s) => s.dismissKineticsError);
  if (!error) return null;
  return (
    <ErrorBanner
      title="The kinetics could not be computed."
      message={`${error} A fresh worker starts with your next change.`}
      onRetry={retry}
      onDismiss={(event) => {
        // Dismissing removes the focused button; focus goes to the section's heading.
        const focus = focusByIdFrom(event);
        dismiss();
        focus('kinetics-heading');
      }}
    />
  );
}
