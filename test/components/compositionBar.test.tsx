// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CompositionBar } from '../../src/components/kinetics/CompositionBar';
import { StoreContext } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { fakeView } from '../support/kineticsFakes';

describe('the composition bar’s catch-up badge', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  function setup() {
    const store = createAppStore();
    render(
      <StoreContext.Provider value={store}>
        <CompositionBar />
      </StoreContext.Provider>,
    );
    const badge = () => screen.getByTestId('kinetics-catch-up');
    return { store, badge };
  }

  it('names the x of a drag’s preview, says it is one, and goes idle on the settled answer', () => {
    const { store, badge } = setup();
    const s = () => store.getState();
    act(() => {
      s().setSliderHeld(true);
      s().setInput('xGe', 0.35);
      s().startKinetics();
      s().applyKinetics({ ...fakeView({ ...s().inputs, xGe: 0.3 }, s().choices), draft: true });
    });
    act(() => vi.advanceTimersByTime(200)); // past the delay that keeps quick answers quiet
    expect(badge().textContent).toBe('preview at x = 0.3');
    expect(badge().getAttribute('aria-hidden')).toBe('false');
    expect(s().kineticsStatus).toBe('computing');

    // A preview of the very x shown is still a preview: not settled.
    act(() => s().applyKinetics({ ...fakeView(s().inputs, s().choices), draft: true }));
    expect(badge().textContent).toBe('preview at x = 0.35');
    expect(s().kineticsStatus).toBe('computing');

    act(() => {
      s().setSliderHeld(false);
      s().applyKinetics(fakeView(s().inputs, s().choices));
    });
    expect(s().kineticsStatus).toBe('ready');
    expect(badge().className).toMatch(/is-idle/);
  });

  it('with a settled answer for an older x, names that x until the new one is in', () => {
    const { store, badge } = setup();
    const s = () => store.getState();
    act(() => {
      s().applyKinetics(fakeView(s().inputs, s().choices));
      s().setInput('xGe', 0.5);
      s().startKinetics();
    });
    act(() => vi.advanceTimersByTime(200));
    expect(badge().textContent).toBe('updating… showing x = 0.125');
  });
});
