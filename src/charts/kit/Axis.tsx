import { memo, useMemo, type ReactNode } from 'react';
import type { PlotScales } from './plotScales';
import type { Tick } from './ticks';

export interface AxisProps {
  /** Where the axis sits relative to the plot; labels go on the outside. */
  orient: 'bottom' | 'left' | 'right';
  /** Maps a value to px along the axis. */
  scale: (value: number) => number;
  ticks: readonly Tick[];
  /** Length of the axis line, px: the plot's width (bottom) or height (left, right). */
  length: number;
  /** Position of the axis line across the plot: its height (bottom), its width (right), 0 (left). */
  offset?: number;
  /** The axis title, with its unit. */
  title: ReactNode;
  /** Distance of the title from the axis line, px. */
  titleOffset: number;
}

const TICK_MAJOR = 6;
const TICK_MINOR = 3;

/** One axis, drawn by React from precomputed ticks; decoration only, so hidden from readers. */
export const Axis = memo(function Axis({
  orient,
  scale,
  ticks,
  length,
  offset = 0,
  title,
  titleOffset,
}: AxisProps) {
  if (orient === 'bottom') {
    return (
      <g className="axis axis-x" transform={`translate(0,${offset})`} aria-hidden="true">
        <line className="domain" x1={0} x2={length} />
        {ticks.map((t) => (
          <g key={t.value} transform={`translate(${scale(t.value)},0)`}>
            <line y2={t.label ? TICK_MAJOR : TICK_MINOR} />
            {t.label && (
              <text y={TICK_MAJOR + 4} dy="0.71em" textAnchor="middle">
                {t.label}
              </text>
            )}
          </g>
        ))}
        <text className="axis-title" x={length / 2} y={titleOffset} textAnchor="middle">
          {title}
        </text>
      </g>
    );
  }
  const sign = orient === 'left' ? -1 : 1;
  return (
    <g
      className={`axis axis-y axis-${orient}`}
      transform={`translate(${offset},0)`}
      aria-hidden="true"
    >
      <line className="domain" y1={0} y2={length} />
      {ticks.map((t) => (
        <g key={t.value} transform={`translate(0,${scale(t.value)})`}>
          <line x2={sign * (t.label ? TICK_MAJOR : TICK_MINOR)} />
          {t.label && (
            <text
              x={sign * (TICK_MAJOR + 4)}
              dy="0.32em"
              textAnchor={orient === 'left' ? 'end' : 'start'}
            >
              {t.label}
            </text>
          )}
        </g>
      ))}
      {/* Both titles read bottom to top, as in a printed figure with a twin axis. */}
      <text
        className="axis-title"
        transform={`translate(${sign * titleOffset},${length / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {title}
      </text>
    </g>
  );
});

export interface GridLinesProps {
  /** Values where a line is drawn (typically the labelled ticks). */
  values: readonly number[];
  scale: (value: number) => number;
  /** Length of each line, px. */
  length: number;
  /** Horizontal lines (at y values) or vertical ones (at x values). */
  direction: 'horizontal' | 'vertical';
}

/** Light gridlines behind the data, as in a printed figure. */
export const GridLines = memo(function GridLines({
  values,
  scale,
  length,
  direction,
}: GridLinesProps) {
  return (
    <g className="grid" aria-hidden="true">
      {values.map((v) =>
        direction === 'horizontal' ? (
          <line key={v} x1={0} x2={length} y1={scale(v)} y2={scale(v)} />
        ) : (
          <line key={v} y1={0} y2={length} x1={scale(v)} x2={scale(v)} />
        ),
      )}
    </g>
  );
});

export interface YGridLinesProps {
  scales: Pick<PlotScales, 'y' | 'yTicks' | 'innerWidth'>;
  /** At the labelled ticks only: on a log axis a line at every 2–9 × 10ⁿ would be a smear. */
  labelledOnly?: boolean;
}

/** The usual backdrop: a line across the plot at each y tick, to read values off by. */
export const YGridLines = memo(function YGridLines({
  scales,
  labelledOnly = false,
}: YGridLinesProps) {
  const { y, yTicks, innerWidth } = scales;
  const values = useMemo(
    () => (labelledOnly ? yTicks.filter((t) => t.label) : yTicks).map((t) => t.value),
    [yTicks, labelledOnly],
  );
  return <GridLines values={values} scale={y} length={innerWidth} direction="horizontal" />;
});

export interface PlotAxesProps {
  scales: PlotScales;
  /** Title of the x axis, with its unit. */
  xTitle: ReactNode;
  /** Title of the y axis, with its unit. */
  yTitle: ReactNode;
  /** Distance of the y title from its axis, px (depends on the widest tick label). */
  yTitleOffset: number;
}

/**
 * The usual pair: x along the bottom, y on the left. memo: a figure redrawn on every step of
 * a drag skips its axes while its scales and (module-constant) titles stay the same.
 */
export const PlotAxes = memo(function PlotAxes({
  scales,
  xTitle,
  yTitle,
  yTitleOffset,
}: PlotAxesProps) {
  return (
    <>
      <Axis
        orient="bottom"
        scale={scales.x}
        ticks={scales.xTicks}
        length={scales.innerWidth}
        offset={scales.innerHeight}
        title={xTitle}
        titleOffset={44}
      />
      <Axis
        orient="left"
        scale={scales.y}
        ticks={scales.yTicks}
        length={scales.innerHeight}
        title={yTitle}
        titleOffset={yTitleOffset}
      />
    </>
  );
});
