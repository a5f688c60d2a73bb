import { memo, useMemo } from 'react';
import { formatPowerOfTen } from '../../format/number';
import { GeFractionTitle } from '../kit/GeFractionTitle';
import type { ConductivityScales } from './useConductivityScales';

export interface AxesProps {
  /** The chart's scales; the axes re-render only when these change. */
  scales: ConductivityScales;
}

const TICK_MAJOR = 6;
const TICK_MINOR = 3;

/**
 * Log ticks: d3 picks 1–9 × 10ⁿ, and tickFormat(1) keeps a label only on the
 * powers of ten (the others come back empty and are drawn as minor ticks).
 */
function useLogTicks({ y }: ConductivityScales) {
  return useMemo(() => {
    const labelled = y.tickFormat(1);
    return y
      .ticks()
      .map((value) => ({ value, label: labelled(value) ? formatPowerOfTen(value) : '' }));
  }, [y]);
}

function useLinearTicks({ x, innerWidth }: ConductivityScales) {
  return useMemo(() => {
    const count = innerWidth < 420 ? 5 : 10;
    const label = x.tickFormat(count);
    return x.ticks(count).map((value) => ({ value, label: label(value) }));
  }, [x, innerWidth]);
}

/** Light decade gridlines behind the data, as in a printed log plot. */
export const Grid = memo(function Grid({ scales }: AxesProps) {
  const ticks = useLogTicks(scales);
  const { y, innerWidth } = scales;
  return (
    <g className="grid" aria-hidden="true">
      {ticks
        .filter((t) => t.label !== '')
        .map((t) => (
          <line key={t.value} x1={0} x2={innerWidth} y1={y(t.value)} y2={y(t.value)} />
        ))}
    </g>
  );
});

export const Axes = memo(function Axes({ scales }: AxesProps) {
  const yTicks = useLogTicks(scales);
  const xTicks = useLinearTicks(scales);
  const { x, y, innerWidth, innerHeight } = scales;
  return (
    <g className="axes" aria-hidden="true">
      <g className="axis axis-x" transform={`translate(0,${innerHeight})`}>
        <line className="domain" x1={0} x2={innerWidth} />
        {xTicks.map((t) => (
          <g key={t.value} transform={`translate(${x(t.value)},0)`}>
            <line y2={TICK_MAJOR} />
            <text y={TICK_MAJOR + 4} dy="0.71em" textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        <text className="axis-title" x={innerWidth / 2} y={48} textAnchor="middle">
          <GeFractionTitle />
        </text>
      </g>
      <g className="axis axis-y">
        <line className="domain" y1={0} y2={innerHeight} />
        {yTicks.map((t) => (
          <g key={t.value} transform={`translate(0,${y(t.value)})`}>
            <line x2={t.label ? -TICK_MAJOR : -TICK_MINOR} />
            {t.label && (
              <text x={-TICK_MAJOR - 4} dy="0.32em" textAnchor="end">
                {t.label}
              </text>
            )}
          </g>
        ))}
        <text
          className="axis-title"
          transform={`translate(${-60},${innerHeight / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          Conductivity σ (S/cm)
        </text>
      </g>
    </g>
  );
});
