import { formatScientific } from '../../format/number';
import { CurrentXMarker } from '../kit/CurrentXMarker';
import { MODEL_COLOR } from './measuredDiffusivity';
import { DIFFUSIVITY_MARGIN, type DiffusivityScales } from './useDiffusivityScales';

export interface DiffusivityMarkerProps {
  xGe: number;
  /** D at xGe, cm²/s. */
  D: number;
  scales: DiffusivityScales;
}

/** The current-x marker with D above the plot and a ring where the line meets the curve. */
export function DiffusivityMarker({ xGe, D, scales }: DiffusivityMarkerProps) {
  const { x, y } = scales;
  const plottable = Number.isFinite(D) && D > 0;
  const value = formatScientific(D);
  const callout = {
    text: (
      <>
        <tspan fontStyle="italic">D</tspan> {value} cm²/s
      </>
    ),
    chars: `D ${value} cm²/s`.length,
  };
  return (
    <CurrentXMarker
      testId="diffusivity-marker"
      xGe={xGe}
      scales={scales}
      margin={DIFFUSIVITY_MARGIN}
      callout={plottable ? callout : null}
    >
      {/* A ring, not a dot: at a measured composition the square shows through. */}
      {plottable && (
        <circle
          cx={x(xGe)}
          cy={y(D)}
          r={7.5}
          style={{ fill: 'none', stroke: MODEL_COLOR, strokeWidth: 2 }}
        />
      )}
    </CurrentXMarker>
  );
}
