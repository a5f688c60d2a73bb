import { memo } from 'react';
import { SERIES, SERIES_PAINT_ORDER, type SeriesKey } from './series';

export interface SeriesPathsProps {
  /** Precomputed `d` strings; unchanged strings mean no re-render during a drag. */
  paths: Readonly<Record<SeriesKey, string>>;
}

export const SeriesPaths = memo(function SeriesPaths({ paths }: SeriesPathsProps) {
  return (
    <g className="series" aria-hidden="true">
      {SERIES_PAINT_ORDER.map((key) => {
        const s = SERIES[key];
        return (
          <path
            key={key}
            data-series={key}
            d={paths[key]}
            fill="none"
            stroke={s.color}
            strokeWidth={s.strokeWidth}
            strokeOpacity={s.opacity}
            strokeDasharray={s.dash}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        );
      })}
    </g>
  );
});
