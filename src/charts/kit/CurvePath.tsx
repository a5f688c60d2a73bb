export interface CurvePathProps {
  /** data-series: which curve it is, for tests. */
  series: string;
  d: string;
  color: string;
  dash?: string;
  /** Sharp corners where the curve joins measured points (a profile sampled through the layer). */
  mitred?: boolean;
}

/** A model curve, drawn alike in every figure so that the figures read as one set. */
export function CurvePath({ series, d, color, dash, mitred = false }: CurvePathProps) {
  return (
    <path
      data-series={series}
      d={d}
      fill="none"
      stroke={color}
      strokeWidth={2.25}
      strokeDasharray={dash}
      strokeLinejoin={mitred ? undefined : 'round'}
    />
  );
}
