import { memo, useCallback, useMemo } from 'react';
import type { VoltageProfile } from '../../core/kinetics/protocol';
import { formatFixed, formatInputValue, formatSignificant } from '../../format/number';
import { Axis, PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { ImportedCurves } from '../kit/ImportedCurves';
import type { ImportedCycle } from '../kit/importedData';
import { useImportedPaths, type ImportedSeries } from '../kit/useImported';
import { importedProfileShape } from './importedProfile';
import { PinnedCurves } from '../kit/PinnedCurves';
import { usePinnedPaths, type PinnedSeries } from '../kit/usePinned';
import { rateColors } from './palette';
import { BranchLabels, CutoffLines, RateEndLabels } from './ProfileAnnotations';
import { profileCyclePath, useProfilePaths, useProfileScales } from './useProfileScales';

/** Lithiation dashed, delithiation solid: the branches differ without a second colour. */
export const BRANCH_DASH = { lithiation: '5 3', delithiation: undefined } as const;

export interface ProfileChartProps {
  /** One lithiation and one delithiation per profile rate. */
  profiles: readonly VoltageProfile[];
  /** Tag of the result drawn; changes with every new answer. */
  renderedKey: string;
  width: number;
  height: number;
  /** The pinned views' profiles (their first rate), drawn beside these. */
  pinned?: readonly PinnedSeries<readonly VoltageProfile[]>[];
  /** The user's imported first cycles, per gram. */
  imported?: readonly ImportedSeries<ImportedProfile>[];
}

type ImportedProfile = ImportedCycle<VoltageProfile['lithiation']>;

const NO_PINS: readonly PinnedSeries<readonly VoltageProfile[]>[] = [];
const NO_IMPORTS: readonly ImportedSeries<ImportedProfile>[] = [];

const finalCapacity = (p: VoltageProfile) =>
  p.delithiation[p.delithiation.length - 1]?.capacity_mAh_per_g ?? Number.NaN;

/** A text version of the figure for screen readers. */
function describeProfiles(profiles: readonly VoltageProfile[]): string {
  return profiles
    .map(
      (p) =>
        `${formatInputValue(p.cRate)} C: delithiation capacity ` +
        `${formatSignificant(finalCapacity(p), 4)} mAh/g, mean polarisation ` +
        `${formatFixed(p.polarization_V, 3)} V`,
    )
    .join('; ');
}

// memo: the panel re-renders when the computing state flips; the drawing need not.
/**
 * Potential against capacity for the profile rates: lithiation runs down, delithiation
 * up, one colour per rate. Left axis vs Li/Li⁺, right axis the same heights vs Li–In,
 * the counter electrode the study measured against.
 */
export const ProfileChart = memo(function ProfileChart({
  profiles,
  renderedKey,
  width,
  height,
  pinned = NO_PINS,
  imported = NO_IMPORTS,
}: ProfileChartProps) {
  const all = useMemo(() => [...profiles, ...pinned.flatMap((p) => p.data)], [profiles, pinned]);
  const scales = useProfileScales(width, height, all);
  const paths = useProfilePaths(profiles, scales);
  const { x, y } = scales;
  const pinnedPaths = usePinnedPaths(
    pinned,
    useCallback(
      (list: readonly VoltageProfile[]) => list.map((p) => profileCyclePath(p, { x, y })).join(''),
      [x, y],
    ),
  );
  const importedPaths = useImportedPaths(
    imported,
    useCallback((cycle: ImportedProfile) => importedProfileShape(cycle, { x, y }), [x, y]),
  );
  const colors = useMemo(() => rateColors(profiles.map((p) => p.cRate)), [profiles]);
  const { yLiIn, innerWidth, innerHeight } = scales;

  return (
    <ChartFrame
      testId="profile-chart"
      data={{ 'data-rendered-key': renderedKey }}
      frame={scales}
      title={`Voltage profiles at ${profiles.length} rates`}
      desc={
        describeProfiles(profiles) +
        (pinned.length > 0 ? `. Also ${pinned.length} pinned views at their first rate.` : '') +
        (imported.length > 0
          ? `. Also the first cycle of ${imported.length} imported data sets.`
          : '')
      }
    >
      <YGridLines scales={scales} />
      <CutoffLines scales={scales} />
      <PinnedCurves paths={pinnedPaths} />
      <g className="series">
        {profiles.map((p, i) =>
          (['lithiation', 'delithiation'] as const).map((branch) => (
            <path
              key={`${i}-${branch}`}
              data-series={`profile-${i + 1}-${branch}`}
              data-rate={p.cRate}
              d={paths[i]?.[branch] ?? ''}
              fill="none"
              stroke={colors[i]}
              strokeWidth={2}
              strokeDasharray={BRANCH_DASH[branch]}
              strokeLinejoin="round"
            />
          )),
        )}
      </g>
      <ImportedCurves paths={importedPaths} plot={scales} />
      <BranchLabels profiles={profiles} scales={scales} />
      <RateEndLabels profiles={profiles} scales={scales} colors={colors} />
      <PlotAxes
        scales={scales}
        xTitle="Capacity (mAh/g)"
        yTitle="E vs Li/Li⁺ (V)"
        yTitleOffset={46}
      />
      <Axis
        orient="right"
        scale={yLiIn}
        ticks={scales.yLiInTicks}
        length={innerHeight}
        offset={innerWidth}
        title="E vs Li–In (V)"
        titleOffset={58}
      />
    </ChartFrame>
  );
});
