import { formatInputValue, formatScientific } from '../../format/number';
import { MODEL_COLOR } from './measuredDiffusivity';
import { DIFFUSIVITY_MARGIN as MARGIN, type DiffusivityScales } from './useDiffusivityScales';

export interface DiffusivityMarkerProps {
  xGe: number;
  /** D at xGe, cm²/s. */
  D: number;
  scales: DiffusivityScales;
}

/** Average advance of the chart's 12 px digits, used to keep the value inside the figure. */
const CHAR_WIDTH = 6.6;

/**
 * The line at the chosen composition, a dot where it meets the curve, and the value above
 * the plot (as in the conductivity figure), shifted sideways near the edges to stay inside.
 */
export function DiffusivityMarker({ xGe, D, scales }: DiffusivityMarkerProps) {
  const { x, y, innerWidth, innerHeight } = scales;
  const px = x(xGe);
  const plottable = Number.isFinite(D) && D > 0;
  const value = `D ${formatScientific(D)} cm²/s`;
  const estimatedWidth = CHAR_WIDTH * value.length;
  const start = Math.min(
    innerWidth + MARGIN.right - 2 - estimatedWidth,
    Math.max(-MARGIN.left + 2, px - estimatedWidth / 2),
  );
  return (
    <g data-testid="diffusivity-marker" data-x={xGe} className="current-x">
      <line x1={px} x2={px} y1={-6} y2={innerHeight} />
      <text
        className="current-x-label"
        x={px}
        y={-30}
        textAnchor={px < 30 ? 'start' : px > innerWidth - 30 ? 'end' : 'middle'}
      >
        x = {formatInputValue(xGe)}
      </text>
      {plottable && (
        <>
          <text className="value-label" x={start} y={-12}>
            <tspan fontStyle="italic">D</tspan> {formatScientific(D)} cm²/s
          </text>
          {/* A ring, not a dot: at a measured composition the square shows through. */}
          <circle
            cx={px}
            cy={y(D)}
            r={7.5}
            style={{ fill: 'none', stroke: MODEL_COLOR, strokeWidth: 2 }}
          />
        </>
      )}
    </g>
  );
}
