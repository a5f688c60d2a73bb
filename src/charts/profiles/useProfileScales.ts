import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { VoltageProfile } from '../../core/kinetics/protocol';
import { LI_IN_POTENTIAL_V, VOLTAGE_WINDOW_V_VS_LI } from '../../core/kinetics/ocp';
import { roundedMax, type Margin } from '../kit/frame';
import { plotScales, widened, type PlotScales } from '../kit/plotScales';
import { linearTicks, type Tick } from '../kit/ticks';

/** Right margin holds the second (Li–In) axis and its title. */
export const PROFILE_MARGIN: Margin = { top: 16, right: 64, bottom: 52, left: 62 };

/**
 * Potentials are drawn on this range at least: the study's window with a little air,
 * below the lower cut-off too, so that its line does not vanish into the axis.
 */
const POTENTIAL_DOMAIN: readonly [number, number] = [-0.1, VOLTAGE_WINDOW_V_VS_LI.upper + 0.08];
const CAPACITY_FLOOR = 3000;

type ProfilePoint = VoltageProfile['lithiation'][number];

/** Capacity along x; y the potential vs Li/Li⁺. */
export interface ProfileScales extends PlotScales<
  ScaleLinear<number, number>,
  ScaleLinear<number, number>
> {
  /** The same positions as y, labelled vs Li–In (E − 0.62 V). */
  readonly yLiIn: ScaleLinear<number, number>;
  readonly yLiInTicks: readonly Tick[];
}

export const getCapacity = (d: ProfilePoint) => d.capacity_mAh_per_g;
export const getPotential = (d: ProfilePoint) => d.potential_V;

const allPoints = (profiles: readonly VoltageProfile[]) =>
  profiles.flatMap((p) => [...p.lithiation, ...p.delithiation]);

export function useProfileScales(
  width: number,
  height: number,
  profiles: readonly VoltageProfile[],
): ProfileScales {
  // A capacity without a potential cannot be drawn, so it does not stretch the axis either.
  const points = useMemo(
    () => allPoints(profiles).filter((d) => Number.isFinite(d.potential_V)),
    [profiles],
  );
  const capacityTop = useMemo(
    () => roundedMax(points.map(getCapacity), CAPACITY_FLOOR, 500),
    [points],
  );
  const [vLow, vHigh] = useMemo(
    () => widened(POTENTIAL_DOMAIN, points.map(getPotential)),
    [points],
  );
  return useMemo(
    () =>
      plotScales(width, height, PROFILE_MARGIN, (innerWidth, innerHeight) => {
        const x = scaleLinear().domain([0, capacityTop]).range([0, innerWidth]);
        const y = scaleLinear().domain([vLow, vHigh]).range([innerHeight, 0]);
        const yLiIn = scaleLinear()
          .domain([vLow - LI_IN_POTENTIAL_V, vHigh - LI_IN_POTENTIAL_V])
          .range([innerHeight, 0]);
        const count = innerHeight < 260 ? 5 : 10;
        return {
          x,
          y,
          yLiIn,
          xTicks: linearTicks(x, innerWidth < 360 ? 4 : 6),
          yTicks: linearTicks(y, count),
          yLiInTicks: linearTicks(yLiIn, count),
        };
      }),
    [width, height, capacityTop, vLow, vHigh],
  );
}

export interface ProfilePaths {
  readonly lithiation: string;
  readonly delithiation: string;
}

/** A branch's path; points a scale cannot place break the line instead of writing NaN. */
const branchLine = ({ x, y }: Pick<ProfileScales, 'x' | 'y'>) =>
  line<ProfilePoint>()
    .defined((d) => Number.isFinite(d.capacity_mAh_per_g) && Number.isFinite(d.potential_V))
    .x((d) => x(getCapacity(d)))
    .y((d) => y(getPotential(d)))
    .digits(2);

/** Two paths per rate. */
export function useProfilePaths(
  profiles: readonly VoltageProfile[],
  { x, y }: ProfileScales,
): ProfilePaths[] {
  return useMemo(() => {
    const draw = branchLine({ x, y });
    return profiles.map((p) => ({
      lithiation: draw(p.lithiation) ?? '',
      delithiation: draw(p.delithiation) ?? '',
    }));
  }, [profiles, x, y]);
}

/** Both branches of one profile as one path of two parts (a pinned view's, in one style). */
export function profileCyclePath(
  profile: Pick<VoltageProfile, 'lithiation' | 'delithiation'>,
  scales: Pick<ProfileScales, 'x' | 'y'>,
) {
  const draw = branchLine(scales);
  return `${draw(profile.lithiation) ?? ''}${draw(profile.delithiation) ?? ''}`;
}

/** The potential of a branch at a capacity, by linear interpolation (NaN outside it). */
export function potentialAt(points: readonly ProfilePoint[], capacity: number): number {
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b || capacity < a.capacity_mAh_per_g || capacity > b.capacity_mAh_per_g) continue;
    const span = b.capacity_mAh_per_g - a.capacity_mAh_per_g;
    const t = span > 0 ? (capacity - a.capacity_mAh_per_g) / span : 0;
    return a.potential_V + t * (b.potential_V - a.potential_V);
  }
  return Number.NaN;
}
