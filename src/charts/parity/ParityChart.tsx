import { memo, useMemo } from 'react';
import { GridLines, PlotAxes } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import {
  MeasuredMarkers,
  PointTooltip,
  useMeasuredLayer,
  type MeasuredSet,
} from '../kit/MeasuredLayer';
import {
  compositionText,
  describeFigure,
  exceptionsText,
  LI_IN_SPANS,
  quantityLabel,
  rangeText,
  residualText,
  shortSource,
  targetText,
  valueText,
  verdictLine,
} from './describeFigure';
import { tally, type FitFamily, type FitFigure } from './fitFigures';
import { pointMark } from './marks';
import { ToleranceMarks } from './ToleranceMarks';
import { useParityScales } from './useParityScales';

export interface ParityChartProps {
  family: FitFamily;
  figures: readonly FitFigure[];
  /** What the panel compares, for the figure's title: "conductivity and diffusivity". */
  subject: string;
  /** Axis unit, e.g. "mAh/g". */
  unit: string;
  width: number;
  height: number;
}

type Row = readonly [string, string];

/** The table row's facts, then, where the file has them, why it is unfitted and its Li–In spans. */
function tooltipRows(f: FitFigure): Row[] {
  const optional: (readonly [string, string | null])[] = [
    ['Why', f.reason],
    [LI_IN_SPANS.potential.label, rangeText(f, f.liInPotentialRange)],
    [LI_IN_SPANS.resistance.label, rangeText(f, f.liInResistanceRange)],
  ];
  return [
    ['Composition', compositionText(f)],
    ['Measured', valueText(f, f.measured)],
    ['Model', valueText(f, f.model)],
    ['Residual', residualText(f)],
    ['Target', targetText(f)],
    ['Verdict', verdictLine(f)],
    ...optional.filter((row): row is Row => row[1] !== null),
  ];
}

/** The fitted figures as parity points: at (measured, model), drawn by their verdict. */
const paritySet = (figures: readonly FitFigure[]): MeasuredSet<FitFigure> => ({
  items: figures,
  idOf: (f) => f.id,
  at: (f) => [f.measured, f.model],
  testId: 'parity-point',
  symbol: (f) => pointMark(f).d,
  fill: (f) => pointMark(f).fill,
  label: describeFigure,
  data: (f) => ({
    'data-figure': f.id,
    'data-within': String(f.within),
    'data-status': f.status,
    'data-composition': f.compositionId,
  }),
  tooltip: {
    title: quantityLabel,
    rows: tooltipRows,
    // The short reference only: the full one would double the box's height in a small
    // plot, and the page's source list has it.
    source: shortSource,
  },
});

/** Model (y) against measurement (x) on one shared scale: on the diagonal is exact. */
export const ParityChart = memo(function ParityChart({
  family,
  figures,
  subject,
  unit,
  width,
  height,
}: ParityChartProps) {
  const scales = useParityScales(width, height, family, figures);
  const { x, y, innerWidth, innerHeight } = scales;
  const set = useMemo(() => paritySet(figures), [figures]);
  const measured = useMeasuredLayer(set, scales);
  const counts = tally(figures);
  const scaleWord = scales.log ? 'log scale' : 'linear scale';

  return (
    <ChartFrame
      testId={`parity-chart-${family}`}
      data={{ 'data-family': family, 'data-points': counts.total }}
      frame={scales}
      title={`Model against measurement: ${subject}`}
      desc={
        <>
          {counts.total} measured figures, {counts.within} within their target
          {exceptionsText(counts)}. Each point is one figure at its measured value (x) and the
          model&apos;s value (y), {scaleWord}; on the diagonal the model is exact.
        </>
      }
      overlays={<PointTooltip layer={measured} />}
    >
      <GridLines
        values={scales.yTicks.filter((t) => t.label).map((t) => t.value)}
        scale={y}
        length={innerWidth}
        direction="horizontal"
      />
      <GridLines
        values={scales.xTicks.filter((t) => t.label).map((t) => t.value)}
        scale={x}
        length={innerHeight}
        direction="vertical"
      />
      <ToleranceMarks figures={figures} scales={scales} />
      <PlotAxes
        scales={scales}
        xTitle={`Measured (${unit})`}
        yTitle={`Model (${unit})`}
        yTitleOffset={52}
      />
      <MeasuredMarkers layer={measured} className="measured parity-points" />
    </ChartFrame>
  );
});
