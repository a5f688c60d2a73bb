import { useId } from 'react';
import { importedStyle } from './importedStyle';
import type { PlotArea } from './plotScales';
import type { ImportedPath } from './useImported';

/** An id usable in url(#…): React's ids may hold characters a CSS url() would need escaped. */
const useUrlSafeId = (prefix: string) => `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

/**
 * The user's imported sets, each in its own colour (and symbol, where points are drawn),
 * over the model's curves: measured data are what a model is read against. Clipped to the
 * plot area, so a curve past an axis's range stops at the frame instead of crossing it.
 */
export function ImportedCurves({
  paths,
  plot,
}: {
  paths: readonly ImportedPath[];
  plot: PlotArea;
}) {
  const clipId = useUrlSafeId('imported-clip');
  if (paths.length === 0) return null;
  return (
    <g className="imported-curves" aria-hidden="true">
      <clipPath id={clipId}>
        <rect width={plot.innerWidth} height={plot.innerHeight} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {paths.map(({ id, slot, d, points }) => {
          const { color, symbol } = importedStyle(slot);
          return (
            <g key={id} data-testid="imported-curve" data-set={id}>
              <path d={d} fill="none" stroke="#fff" strokeWidth={4.5} strokeLinejoin="round" />
              <path
                data-series={`imported-${slot + 1}`}
                d={d}
                fill="none"
                stroke={color}
                strokeWidth={2}
                strokeLinejoin="round"
              />
              {points?.map(([x, y]) => (
                <path
                  key={`${x},${y}`}
                  data-testid="imported-point"
                  d={symbol}
                  transform={`translate(${x},${y})`}
                  fill={color}
                  stroke="#fff"
                  strokeWidth={1}
                />
              ))}
            </g>
          );
        })}
      </g>
    </g>
  );
}
