import type { ReactNode } from 'react';

export interface ChartSvgProps {
  /** The figure's test id (e2e tests and the UI benchmark find it by this). */
  testId: string;
  /** Extra data-* attributes, e.g. which result is drawn. */
  data: Readonly<Record<`data-${string}`, string | number>>;
  /** Ids of the <title> and <desc> inside, which label the figure. */
  ids: { readonly title: string; readonly desc: string };
  width: number;
  height: number;
  children: ReactNode;
}

/**
 * The root of every figure: a labelled group (not an img, which would hide the focusable
 * measured points inside it from screen readers), sized in CSS px.
 */
export function ChartSvg({ testId, data, ids, width, height, children }: ChartSvgProps) {
  return (
    <svg
      data-testid={testId}
      {...data}
      role="group"
      aria-labelledby={ids.title}
      aria-describedby={ids.desc}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="chart"
    >
      {children}
    </svg>
  );
}
