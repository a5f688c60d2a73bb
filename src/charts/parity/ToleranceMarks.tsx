import { memo, useId } from 'react';
import type { FitFigure } from './fitFigures';
import { sharedTarget, targetRange } from './tolerance';
import type { ParityScales } from './useParityScales';

const CAP = 4;

/**
 * What "within target" means, drawn: a band along y = x where all points share a target,
 * or a whisker over each measured value spanning the model values that would meet it.
 * A point inside its band or on its whisker is within.
 */
export const ToleranceMarks = memo(function ToleranceMarks({
  figures,
  scales,
}: {
  figures: readonly FitFigure[];
  scales: ParityScales;
}) {
  const clipId = `${useId()}-clip`;
  const { x, y, domain, innerWidth, innerHeight } = scales;
  const shared = sharedTarget(figures);
  const [d0, d1] = domain;
  let band = '';
  if (shared) {
    const [lo0, hi0] = targetRange(shared, d0);
    const [lo1, hi1] = targetRange(shared, d1);
    band = `M${x(d0)},${y(hi0)}L${x(d1)},${y(hi1)}L${x(d1)},${y(lo1)}L${x(d0)},${y(lo0)}Z`;
  }
  return (
    <g className="tolerance" aria-hidden="true">
      <clipPath id={clipId}>
        <rect width={innerWidth} height={innerHeight} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {shared ? (
          <path className="tolerance-band" data-testid="tolerance-band" d={band} />
        ) : (
          figures.map((f) => {
            const [lo, hi] = targetRange(f);
            const cx = x(f.measured);
            return (
              <g key={f.id} className="tolerance-whisker" data-testid="tolerance-whisker">
                <line x1={cx} x2={cx} y1={y(lo)} y2={y(hi)} />
                <line x1={cx - CAP} x2={cx + CAP} y1={y(lo)} y2={y(lo)} />
                <line x1={cx - CAP} x2={cx + CAP} y1={y(hi)} y2={y(hi)} />
              </g>
            );
          })
        )}
        <line
          className="parity-line"
          data-testid="parity-line"
          x1={x(d0)}
          y1={y(d0)}
          x2={x(d1)}
          y2={y(d1)}
        />
      </g>
    </g>
  );
});
