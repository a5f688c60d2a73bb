import { line } from 'd3-shape';
import { memo, useCallback, useMemo } from 'react';
import type { DifferentialCurve } from '../../core/cellData/dqdv';
import type { PeakSeparation } from '../../core/kinetics/peakSeparation';
import { formatFixed } from '../../format/number';
import { PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { ImportedCurves } from '../kit/ImportedCurves';
import { PinnedCurves } from '../kit/PinnedCurves';
import { usePinnedPaths, type PinnedSeries } from '../kit/usePinned';
import type { ImportedCycle } from '../kit/importedData';
import { useImportedPaths, type ImportedSeries } from '../kit/useImported';
import { importedDqdvPoints } from './importedDqdv';
import { BRANCH_DASH } from '../profiles/ProfileChart';
import type { DifferentialCycle, DifferentialMode, DqdvCycle } from './dqdvCurves';
import { DVDQ_SCALE, useDqdvScales, type DqdvScales } from './useDqdvScales';

export interface DqdvChartProps {
  cycles: readonly DqdvCycle[];
  /** One colour per cycle, in the order of `cycles`. */
  colors: readonly string[];
  mode: DifferentialMode;
  /** The first cycle's main peaks, marked in dQ/dV. */
  peaks: PeakSeparation | null;
  renderedKey: string;
  width: number;
  height: number;
  /** The user's imported first cycles, differentiated as the model's are. */
  imported?: readonly ImportedSeries<ImportedCycle<DifferentialCurve>>[];
  /** The pinned views' first cycles, differentiated the same way. */
  pinned?: readonly PinnedSeries<DifferentialCycle>[];
}

const NO_PINS: readonly PinnedSeries<DifferentialCycle>[] = [];
const NO_IMPORTS: readonly ImportedSeries<ImportedCycle<DifferentialCurve>>[] = [];

const BRANCHES = ['lithiation', 'delithiation'] as const;

const TITLES: Readonly<Record<DifferentialMode, { x: string; y: string }>> = {
  dQdV: { x: 'E vs Li/Li⁺ (V)', y: 'dQ/dV (mAh/g per V)' },
  dVdQ: { x: 'Capacity (mAh/g)', y: 'dV/dQ (mV per mAh/g)' },
};

function pathOf(curve: DifferentialCurve, mode: DifferentialMode, { x, y }: DqdvScales): string {
  const scale = mode === 'dVdQ' ? DVDQ_SCALE : 1;
  const points = curve.x.map((cx, i) => [cx, (curve.value[i] ?? Number.NaN) * scale] as const);
  const [xLow = 0, xHigh = 0] = x.domain();
  // Past the x range (dQ/dV's flat tail to the 2 V cut-off) the line stops at the frame.
  return (
    line<readonly [number, number]>()
      .defined(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a >= xLow && a <= xHigh)
      .x(([a]) => x(a))
      .y(([, b]) => y(b))
      .digits(2)(points) ?? ''
  );
}

function describe(
  cycles: readonly DqdvCycle[],
  peaks: PeakSeparation | null,
  mode: DifferentialMode,
) {
  const what =
    mode === 'dQdV'
      ? 'Differential capacity dQ/dV against potential, lithiation below zero, delithiation above'
      : 'dV/dQ against capacity';
  const cyclesText = cycles.map((c) => c.label).join(', ');
  const peakText = peaks
    ? `. First cycle: lithiation peak at ${formatFixed(peaks.lithiation_V, 3)} V, delithiation ` +
      `peak at ${formatFixed(peaks.delithiation_V, 3)} V, ${formatFixed(peaks.separation_V, 3)} V apart`
    : '. No peaks: nothing was inserted';
  return `${what}, for ${cyclesText}${peakText}.`;
}

/** dQ/dV (or dV/dQ) of the model's cycles; the first cycle's peaks ringed and labelled. */
export const DqdvChart = memo(function DqdvChart({
  cycles,
  colors,
  mode,
  peaks,
  renderedKey,
  width,
  height,
  imported = NO_IMPORTS,
  pinned = NO_PINS,
}: DqdvChartProps) {
  const all = useMemo(() => [...cycles, ...pinned.map((p) => p.data)], [cycles, pinned]);
  const scales = useDqdvScales(width, height, all, mode);
  const paths = useMemo(
    () => cycles.map((c) => BRANCHES.map((b) => pathOf(c[b], mode, scales))),
    [cycles, mode, scales],
  );
  const importedPaths = useImportedPaths(
    imported,
    useCallback(
      (cycle: ImportedCycle<DifferentialCurve>) => ({
        d: BRANCHES.map((b) => pathOf(cycle[b], mode, scales)).join(''),
        points: importedDqdvPoints(cycle, mode, scales),
      }),
      [mode, scales],
    ),
  );
  const pinnedPaths = usePinnedPaths(
    pinned,
    useCallback(
      (cycle: DifferentialCycle) => BRANCHES.map((b) => pathOf(cycle[b], mode, scales)).join(''),
      [mode, scales],
    ),
  );
  const { x, y } = scales;
  const marks =
    mode === 'dQdV' && peaks
      ? [
          { key: 'lithiation', v: peaks.lithiation_V, curve: cycles[0]?.lithiation },
          { key: 'delithiation', v: peaks.delithiation_V, curve: cycles[0]?.delithiation },
        ]
      : [];
  return (
    <ChartFrame
      testId="dqdv-chart"
      data={{ 'data-rendered-key': renderedKey, 'data-mode': mode }}
      frame={scales}
      title={mode === 'dQdV' ? 'Differential capacity, dQ/dV' : 'Differential voltage, dV/dQ'}
      desc={describe(cycles, peaks, mode)}
    >
      <YGridLines scales={scales} />
      {y.domain()[0]! < 0 && (
        <line className="zero-line" x1={0} x2={scales.innerWidth} y1={y(0)} y2={y(0)} />
      )}
      <PinnedCurves paths={pinnedPaths} />
      <g className="series">
        {cycles.map((c, i) =>
          BRANCHES.map((branch, j) => (
            <path
              key={`${c.key}-${branch}`}
              data-series={`dqdv-${c.key}-${branch}`}
              d={paths[i]?.[j] ?? ''}
              fill="none"
              stroke={colors[i]}
              strokeWidth={c.first ? 2.25 : 1.5}
              strokeDasharray={BRANCH_DASH[branch]}
              strokeLinejoin="round"
            />
          )),
        )}
      </g>
      <ImportedCurves paths={importedPaths} plot={scales} />
      {marks.map(({ key, v, curve }) => {
        const at = curve ? curve.x.indexOf(v) : -1;
        const value = curve?.value[at];
        if (value === undefined || !Number.isFinite(value)) return null;
        const cx = x(v);
        const cy = y(value);
        return (
          <g key={key} className="peak-mark" data-testid={`dqdv-peak-${key}`}>
            <circle cx={cx} cy={cy} r={5} fill="none" stroke="#24292f" strokeWidth={1.5} />
            <text x={cx + 9} y={cy + 4} className="peak-label">
              {formatFixed(v, 2)} V
            </text>
          </g>
        );
      })}
      <PlotAxes scales={scales} xTitle={TITLES[mode].x} yTitle={TITLES[mode].y} yTitleOffset={58} />
    </ChartFrame>
  );
});
