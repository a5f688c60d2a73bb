import { CRITICAL_FRACTURE_DIAMETER_NM, particleVolumeChange } from '../../core';
import { formatFixed } from '../../format/number';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import { LOCK_REASON, type LockKey } from '../../state/lesson';

const swellPercent = (xGe: number) => `+${formatFixed(100 * particleVolumeChange(xGe), 0)} %`;

/** The snapshot the recipe below asks for: where Si, Si7Ge and Ge differ most plainly. */
export const CONTRAST_SNAPSHOT = { branch: 'lithiation', cRate: 1, depth: 0.05 } as const;

/**
 * What the electrode part of the page simulates, and one thing to try, for a class: folded
 * by default (a researcher has read it once), a native disclosure so keyboard and screen
 * readers get it for free.
 */
const SNAPSHOT_KEYS: readonly LockKey[] = ['snapshotBranch', 'snapshotRate', 'snapshotDepth'];

export function KineticsIntro() {
  const store = useAppStoreApi();
  // A lesson that fixes the snapshot would make the button a silent no-op.
  const locked = useAppStore((s) => SNAPSHOT_KEYS.some((key) => s.lesson.locked.includes(key)));
  const showContrast = () => {
    const { setChoice, setInput } = store.getState();
    setChoice('snapshotBranch', CONTRAST_SNAPSHOT.branch);
    setInput('snapshotRate', CONTRAST_SNAPSHOT.cRate);
    setInput('snapshotDepth', CONTRAST_SNAPSHOT.depth);
  };
  return (
    <details className="kinetics-intro" data-testid="kinetics-intro">
      <summary>How this part works, and what to try</summary>
      <p>
        The figures below simulate the study&rsquo;s half cell: a thin layer of alloy particles,
        with no carbon and no electrolyte mixed in, between a current collector and a Li₆PS₅Cl
        separator, cycled against Li&ndash;In. Electrons enter the layer from the collector, Li⁺
        ions from the separator, and both travel through the alloy itself, so where the particles
        react depends on which of the two moves more easily.
      </p>
      <p>
        Each test lithiates and then delithiates at a constant rate until the voltage reaches the
        study&rsquo;s cut-off. Inside every particle Li diffuses, slowly where the alloy holds
        little Li; at its surface it crosses by Butler&ndash;Volmer kinetics; a side reaction with
        the electrolyte takes some Li for good at low potential. Pure Si&rsquo;s first lithiation
        also leaves part of each particle crystalline and unused.
      </p>
      <p data-testid="swelling-teaching">
        Every particle swells as Li goes in: fully lithiated to Li₁₅Si₄, Si takes {swellPercent(0)}{' '}
        more room; Li₁₅Ge₄ about {swellPercent(1)} (the review&rsquo;s table, counted to Li₄.₄M,
        says +420 % and +180 %). The readout estimates it for the chosen composition; the pores take
        up part of it and the rest thickens the layer. Particles larger than{' '}
        {CRITICAL_FRACTURE_DIAMETER_NM.crystalline} nm across (crystalline) or{' '}
        {CRITICAL_FRACTURE_DIAMETER_NM.amorphous} nm (amorphous) crack as they swell (Zhang2025);
        the band under the particle-radius slider marks these sizes. The model keeps its particles
        whole, so what cracking costs a real cell is not in these figures.
      </p>
      <p>
        <strong>Try:</strong> set the reaction snapshot to {CONTRAST_SNAPSHOT.branch} at{' '}
        {CONTRAST_SNAPSHOT.cRate} C and depth {CONTRAST_SNAPSHOT.depth}, then choose Si, Si₇Ge and
        Ge in turn. In Si and in Ge the reaction crowds at the separator: once a little Li is in,
        the model&rsquo;s layer conducts electrons far better than Li⁺ in both (pristine Si is the
        electron-poor one, and pays for it only at the start of each half-cycle). Near Si₇Ge, whose
        Li⁺ conductivity is the highest, the layer reacts almost evenly &mdash; which is why it
        keeps the most capacity at 3 C.{' '}
        <button type="button" onClick={showContrast} disabled={locked}>
          Set this snapshot
        </button>
        {locked && <span className="lock-reason"> {LOCK_REASON}</span>}
      </p>
    </details>
  );
}
