import { describe, expect, it } from 'vitest';
import { TOOLTIP_WIDTH, tooltipPlacement } from '../../src/charts/kit/ChartTooltip';
import { missingRanges } from '../../src/charts/kit/gaps';

/** The box's horizontal extent within the frame, from the CSS the placement returns. */
function extent(style: ReturnType<typeof tooltipPlacement>, frameWidth: number) {
  const width = Number(style.width);
  const left =
    style.left !== undefined ? Number(style.left) : frameWidth - Number(style.right) - width;
  return { left, right: left + width };
}

describe('tooltipPlacement', () => {
  it.each([360, 300, 200, 640, 1100])(
    'keeps the box inside a %i px frame wherever the point is',
    (frameWidth) => {
      for (let px = 0; px <= frameWidth; px += frameWidth / 40) {
        for (const py of [0, 60, 120, 239]) {
          const style = tooltipPlacement(px, py, frameWidth, 240);
          const { left, right } = extent(style, frameWidth);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(right).toBeLessThanOrEqual(frameWidth + 1e-9);
        }
      }
    },
  );

  it('sits beside the point where there is room, and never over it', () => {
    const beside = tooltipPlacement(100, 50, 1100, 300);
    expect(beside.left).toBe(116);
    expect(beside.width).toBe(TOOLTIP_WIDTH);
    // On a phone a box cannot sit beside a central point: it opens below it instead.
    const below = tooltipPlacement(180, 50, 360, 300);
    expect(below.top).toBe(66);
    const above = tooltipPlacement(180, 250, 360, 300);
    expect(above.bottom).toBe(300 - 250 + 16);
  });

  it('is never wider than the frame', () => {
    expect(tooltipPlacement(10, 10, 150, 100).width).toBe(150);
  });
});

describe('missingRanges', () => {
  const pts = [0, 0.1, 0.2, 0.3, 0.4, 0.5].map((x, i) => ({ x, v: [NaN, NaN, 1, 2, NaN, 3][i]! }));
  it('names each run of missing values', () => {
    expect(
      missingRanges(
        pts,
        (p) => p.x,
        (p) => Number.isNaN(p.v),
      ),
    ).toBe('x = 0–0.1 and 0.4');
    expect(
      missingRanges(
        pts,
        (p) => p.x,
        () => false,
      ),
    ).toBeNull();
  });
});
