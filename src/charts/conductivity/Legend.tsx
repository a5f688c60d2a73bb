import { memo } from 'react';
import { symbol } from 'd3-shape';
import { MEASURED_SYMBOL, SERIES, SERIES_READING_ORDER } from './series';
import { HtmlSigma } from './Sigma';

const SWATCH = { width: 34, height: 16 } as const;
const markerPath = (kind: 'electronic' | 'ionic') => symbol(MEASURED_SYMBOL[kind], 64)() ?? '';

/** The key to the figure; HTML so that it wraps on narrow screens instead of clipping. */
// memo: static content, so a new result (every drag step) skips it.
export const Legend = memo(function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {SERIES_READING_ORDER.map((key) => {
        const s = SERIES[key];
        return (
          <li key={key}>
            <svg {...SWATCH} aria-hidden="true">
              <line
                x1={2}
                x2={SWATCH.width - 2}
                y1={SWATCH.height / 2}
                y2={SWATCH.height / 2}
                stroke={s.color}
                strokeWidth={s.strokeWidth}
                strokeOpacity={s.opacity}
                strokeDasharray={s.dash}
              />
            </svg>
            <span>
              <HtmlSigma sub={s.subscript} /> {s.name}
              {key === 'ambipolar' && (
                <>
                  {' '}
                  = σ<sub>e</sub>σ<sub>i</sub>/(σ<sub>e</sub>+σ<sub>i</sub>)
                </>
              )}
            </span>
          </li>
        );
      })}
      {(['electronic', 'ionic'] as const).map((kind) => (
        <li key={`measured-${kind}`}>
          <svg {...SWATCH} aria-hidden="true">
            <path
              d={markerPath(kind)}
              transform={`translate(${SWATCH.width / 2},${SWATCH.height / 2})`}
              fill={SERIES[kind].color}
              stroke="#1a1a1a"
              strokeWidth={0.75}
            />
          </svg>
          <span>
            measured <HtmlSigma sub={SERIES[kind].subscript} />
          </span>
        </li>
      ))}
      <li>
        <svg {...SWATCH} aria-hidden="true">
          <rect className="legend-balanced" width={SWATCH.width} height={SWATCH.height} />
        </svg>
        <span>
          σ<sub>e</sub> and σ<sub>i</sub> within 1 decade
        </span>
      </li>
    </ul>
  );
});
