import { useId, type ReactNode } from 'react';
import { ChartSvg, type ChartSvgProps } from './ChartSvg';
import type { Margin } from './frame';

export interface ChartIds {
  readonly title: string;
  readonly desc: string;
  /** For the measured points' tooltip, in figures that have one. */
  readonly tooltip: string;
}

/** Ids for a figure's title, description and tooltip, unique on the page. */
export function useChartIds(): ChartIds {
  const uid = useId();
  return { title: `${uid}-title`, desc: `${uid}-desc`, tooltip: `${uid}-tooltip` };
}

export interface ChartFrameProps extends Omit<ChartSvgProps, 'ids'> {
  ids: ChartIds;
  /** Names the figure (its <title>). */
  title: ReactNode;
  /** The figure in words, for screen readers (its <desc>). */
  desc: ReactNode;
  /** HTML laid over the drawing, positioned within the frame: a marker's layer, a tooltip. */
  overlays?: ReactNode;
  /** Where the plot starts: the children are drawn in the plot's coordinates. */
  margin?: Margin;
}

/** A figure's frame: the labelled SVG, and whatever is laid over it. */
export function ChartFrame({
  testId,
  data,
  ids,
  width,
  height,
  title,
  desc,
  overlays,
  margin,
  children,
}: ChartFrameProps) {
  return (
    <div className="chart-frame" style={{ height }}>
      <ChartSvg testId={testId} data={data} ids={ids} width={width} height={height}>
        <title id={ids.title}>{title}</title>
        <desc id={ids.desc}>{desc}</desc>
        {margin ? (
          <g transform={`translate(${margin.left},${margin.top})`}>{children}</g>
        ) : (
          children
        )}
      </ChartSvg>
      {overlays}
    </div>
  );
}
