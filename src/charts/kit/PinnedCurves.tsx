import { CurvePath } from './CurvePath';
import { pinStyle } from './pinStyle';

export interface PinnedPath {
  readonly key: string;
  readonly slot: number;
  /** One path, or several subpaths (both branches of a profile) in one string. */
  readonly d: string;
}

/**
 * The pinned views' curves, each in its pin's colour and dash, under the live view's curve:
 * the live view is what is being explored, the pins are the reference beside it.
 */
export function PinnedCurves({
  paths,
  halo = false,
}: {
  paths: readonly PinnedPath[];
  /** A white edge under each curve, where it crosses filled shapes (bars) rather than white. */
  halo?: boolean;
}) {
  if (paths.length === 0) return null;
  return (
    <g className="pinned-curves" aria-hidden="true" pointerEvents="none">
      {paths.map(({ key, slot, d }) => {
        const { color, dash } = pinStyle(slot);
        return (
          <g key={key} data-testid="pinned-curve" data-pin={key}>
            {halo && (
              <path d={d} fill="none" stroke="#fff" strokeWidth={5} strokeLinejoin="round" />
            )}
            <CurvePath series={`pin-${slot + 1}`} d={d} color={color} dash={dash} />
          </g>
        );
      })}
    </g>
  );
}
