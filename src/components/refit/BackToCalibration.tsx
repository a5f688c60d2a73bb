import { useAppStore } from '../../state/hooks';

/** One click back to the published calibration, wherever the page offers it. */
export function BackToCalibration() {
  const back = useAppStore((s) => s.backToCalibration);
  return (
    <button type="button" className="refit-back" onClick={back}>
      Back to the published calibration
    </button>
  );
}
