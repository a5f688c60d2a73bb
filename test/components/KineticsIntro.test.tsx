// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTRAST_SNAPSHOT, KineticsIntro } from '../../src/components/kinetics/KineticsIntro';
import { StoreContext } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { DEFAULT_CHOICES, DEFAULT_INPUTS, INPUT_SPECS } from '../../src/core/inputs';
import { computeKinetics } from '../../src/core/kinetics/api';

afterEach(cleanup);

/** Where the snapshot's reaction peaks, as a share of the thickness from the collector. */
function peakPosition(xGe: number): number {
  const view = computeKinetics(
    {
      ...DEFAULT_INPUTS,
      xGe,
      snapshotRate: CONTRAST_SNAPSHOT.cRate,
      snapshotDepth: CONTRAST_SNAPSHOT.depth,
    },
    { ...DEFAULT_CHOICES, snapshotBranch: CONTRAST_SNAPSHOT.branch },
  );
  const { reaction, position } = view.distribution;
  const peak = reaction.indexOf(Math.max(...reaction));
  return position[peak] ?? Number.NaN;
}

/** Largest over smallest local reaction rate at the snapshot. */
function spread(xGe: number): number {
  const { reaction } = computeKinetics(
    {
      ...DEFAULT_INPUTS,
      xGe,
      snapshotRate: CONTRAST_SNAPSHOT.cRate,
      snapshotDepth: CONTRAST_SNAPSHOT.depth,
    },
    { ...DEFAULT_CHOICES, snapshotBranch: CONTRAST_SNAPSHOT.branch },
  ).distribution;
  return Math.max(...reaction) / Math.max(Math.min(...reaction), 1e-12);
}

describe('the electrode section explains itself', () => {
  it('is a closed disclosure that opens from its summary, and sets its snapshot in one click', () => {
    const store = createAppStore();
    render(
      <StoreContext.Provider value={store}>
        <KineticsIntro />
      </StoreContext.Provider>,
    );
    const details = screen.getByTestId('kinetics-intro') as HTMLDetailsElement;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open).toBe(false);
    const summary = screen.getByText('How this part works, and what to try');
    expect(summary.tagName).toBe('SUMMARY');
    fireEvent.click(summary);
    expect(details.textContent).toMatch(/current collector/);
    expect(details.textContent).toMatch(/lithiation at 1 C and depth 0\.05/);
    expect(store.getState().inputs.snapshotDepth).not.toBe(CONTRAST_SNAPSHOT.depth);
    fireEvent.click(screen.getByRole('button', { name: 'Set this snapshot' }));
    const { inputs, choices } = store.getState();
    expect(choices.snapshotBranch).toBe(CONTRAST_SNAPSHOT.branch);
    expect(inputs.snapshotRate).toBe(CONTRAST_SNAPSHOT.cRate);
    expect(inputs.snapshotDepth).toBe(CONTRAST_SNAPSHOT.depth);
  });

  it('suggests a snapshot the controls accept, and the model bears out what it promises', () => {
    const depth = INPUT_SPECS.snapshotDepth;
    expect(CONTRAST_SNAPSHOT.depth).toBeGreaterThanOrEqual(depth.min);
    expect(CONTRAST_SNAPSHOT.depth).toBeLessThanOrEqual(depth.max);
    // Si and Ge: Li⁺ is the slow carrier of the lithiated layer, the reaction crowds at the separator.
    expect(peakPosition(0)).toBeGreaterThan(0.5);
    expect(peakPosition(1)).toBeGreaterThan(0.5);
    expect(spread(0)).toBeGreaterThan(3);
    expect(spread(1)).toBeGreaterThan(3);
    // Si7Ge: almost even.
    const even = computeKinetics(
      {
        ...DEFAULT_INPUTS,
        xGe: 0.125,
        snapshotRate: CONTRAST_SNAPSHOT.cRate,
        snapshotDepth: CONTRAST_SNAPSHOT.depth,
      },
      { ...DEFAULT_CHOICES, snapshotBranch: CONTRAST_SNAPSHOT.branch },
    ).distribution.reaction;
    expect(Math.max(...even) / Math.min(...even)).toBeLessThan(2);
  }, 30_000);
});
