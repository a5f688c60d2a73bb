import { useId, type ReactNode } from 'react';
import { ChartSvg, type ChartSvgProps } from './ChartSvg';
import type { FigureBox } from './plotScales';

export interface ChartFrameProps extends Omit<ChartSvgProps, 'ids' | 'width' | 'height'> {
  /** The figure's size (its scales carry it); the children are drawn in the coordinates of the plot inside it. */
  frame: FigureBox;
  /** Names the figure (its <title>). */
  title: ReactNode;
  /** The figure in words, for screen readers (its <desc>). */
  desc: ReactNode;
  /** HTML laid over the drawing, positioned within the frame: a marker's layer, a tooltip. */
  overlays?: ReactNode;
}

/** A figure's frame: the labelled SVG, and whatever is laid over it. */
export function ChartFrame({
  testId,
  data,
  frame,
  title,
  desc,
  overlays,
  children,
}: ChartFrameProps) {
  const uid = useId();
  const ids = { title: `${uid}-title`, desc: `${uid}-desc` };
  const { width, height, margin } = frame;
  return (
    <div className="chart-frame" style={{ height }}>
      <ChartSvg testId={testId} data={data} ids={ids} width={width} height={height}>
        <title id={ids.title}>{title}</title>
        <desc id={ids.desc}>{desc}</desc>
        <g transform={`translate(${margin.left},${margin.top})`}>{children}</g>
      </ChartSvg>
      {overlays}
    </div>
  );
}
