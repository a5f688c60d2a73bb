// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KineticsIntro } from '../../src/components/kinetics/KineticsIntro';
import { DEFAULT_CHOICES, DEFAULT_INPUTS, INPUT_SPECS } from '../../src/core/inputs';
import { computeKinetics } from '../../src/core/kinetics/api';

afterEach(cleanup);

/** Where the snapshot's reaction peaks, as a share of the thickness from the collector. */
function peakPosition(xGe: number): number {
  const view = computeKinetics(
    { ...DEFAULT_INPUTS, xGe, snapshotRate: 1, snapshotDepth: 0.3 },
    { ...DEFAULT_CHOICES, snapshotBranch: 'delithiation' },
  );
  const { reaction, position } = view.distribution;
  const peak = reaction.indexOf(Math.max(...reaction));
  return position[peak] ?? Number.NaN;
}

describe('the electrode section explains itself', () => {
  it('is a closed disclosure that opens from its summary', () => {
    render(<KineticsIntro />);
    const details = screen.getByTestId('kinetics-intro') as HTMLDetailsElement;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open).toBe(false);
    const summary = screen.getByText('How this part works, and what to try');
    expect(summary.tagName).toBe('SUMMARY');
    fireEvent.click(summary);
    expect(details.textContent).toMatch(/current collector/);
    expect(details.textContent).toMatch(/delithiation at 1 C and depth 0\.3/);
  });

  it('suggests a snapshot the controls accept, and the model bears out what it promises', () => {
    const depth = INPUT_SPECS.snapshotDepth;
    expect(0.3).toBeGreaterThanOrEqual(depth.min);
    expect(0.3).toBeLessThanOrEqual(depth.max);
    // Si: electrons are slow, the reaction crowds at the collector; Ge: at the separator.
    expect(peakPosition(0)).toBeLessThan(0.5);
    expect(peakPosition(1)).toBeGreaterThan(0.5);
    // Si7Ge: almost even.
    const even = computeKinetics(
      { ...DEFAULT_INPUTS, xGe: 0.125, snapshotRate: 1, snapshotDepth: 0.3 },
      { ...DEFAULT_CHOICES, snapshotBranch: 'delithiation' },
    ).distribution.reaction;
    expect(Math.max(...even) / Math.min(...even)).toBeLessThan(1.3);
  }, 30_000);
});
