import { KINETIC_PARAMETERS } from '../../core/calibration/kineticParameters';
import { CALIBRATED_PARAMS, type KineticParams } from '../../core';
import { formatSignificant } from '../../format/number';
import { useAppStore } from '../../state/hooks';
import { BackToCalibration } from './BackToCalibration';

/** "Γi = 0.8996 decades, δ₀ = −2.863 decades": the values that differ from the calibration. */
function changedText(params: KineticParams): string {
  const calibrated = CALIBRATED_PARAMS.kinetics;
  return KINETIC_PARAMETERS.filter((spec) => params[spec.key] !== calibrated[spec.key])
    .map((spec) => {
      const unit = spec.unit ? ` ${spec.unit}` : '';
      return `${spec.symbol} = ${formatSignificant(params[spec.key], 4)}${unit}`;
    })
    .join(', ');
}

/**
 * Over the electrode figures while they are drawn with the user's refit parameters rather
 * than the published calibration: what is in use, what is not, and the way back. Said in
 * words and with a marked border, never by colour alone.
 */
export function RefitBanner() {
  const override = useAppStore((s) => s.kineticOverride);
  const source = useAppStore((s) => s.kineticOverrideSource);
  if (!override) return null;
  const changed = changedText(override);
  return (
    <div className="banner banner-warning refit-banner" data-testid="refit-banner">
      <p>
        <strong>Figures use your refit parameters</strong> ({source}
        {changed ? `: ${changed}` : ''}), not the published calibration. Pinned views, the design
        map and Model vs experiment keep the calibration.
      </p>
      <BackToCalibration />
    </div>
  );
}
