// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { StoreContext } from '../../src/state/context';
import { useAppStoreOnScreen } from '../../src/state/hooks';
import { selectXGe } from '../../src/state/selectors';
import { createAppStore } from '../../src/state/store';

describe('useAppStoreOnScreen', () => {
  function setup(onScreen: boolean) {
    const store = createAppStore();
    let renders = 0;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    );
    const hook = renderHook(
      (props: { onScreen: boolean }) => {
        renders += 1;
        return useAppStoreOnScreen(selectXGe, props.onScreen);
      },
      { wrapper, initialProps: { onScreen } },
    );
    return { store, hook, renders: () => renders };
  }

  it('on screen, follows the store during a drag', () => {
    const { store, hook } = setup(true);
    act(() => store.getState().setSliderHeld(true));
    act(() => store.getState().setInput('xGe', 0.3));
    expect(hook.result.current).toBe(0.3);
  });

  it('off screen, keeps its value without rendering while held; takes the newest on release', () => {
    const { store, hook, renders } = setup(false);
    act(() => store.getState().setSliderHeld(true));
    const before = renders();
    act(() => {
      for (const x of [0.2, 0.3, 0.4]) store.getState().setInput('xGe', x);
    });
    expect(hook.result.current).toBe(0.125);
    expect(renders()).toBe(before);
    act(() => store.getState().setSliderHeld(false));
    expect(hook.result.current).toBe(0.4);
  });

  it('off screen and held, takes the newest value once scrolled into view', () => {
    const { store, hook } = setup(false);
    act(() => store.getState().setSliderHeld(true));
    act(() => store.getState().setInput('xGe', 0.6));
    expect(hook.result.current).toBe(0.125);
    hook.rerender({ onScreen: true });
    expect(hook.result.current).toBe(0.6);
  });

  it('off screen but not held (a key press), follows the store', () => {
    const { store, hook } = setup(false);
    act(() => store.getState().setInput('xGe', 0.7));
    expect(hook.result.current).toBe(0.7);
  });
});

describe('useAppStoreOnScreen, urgent', () => {
  it('freezes off screen during a drag like the others, and follows on screen', () => {
    const store = createAppStore();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    );
    const hook = renderHook(
      (props: { onScreen: boolean }) =>
        useAppStoreOnScreen(selectXGe, props.onScreen, { urgent: true }),
      { wrapper, initialProps: { onScreen: false } },
    );
    act(() => store.getState().setSliderHeld(true));
    act(() => store.getState().setInput('xGe', 0.3));
    expect(hook.result.current).toBe(0.125);
    hook.rerender({ onScreen: true });
    expect(hook.result.current).toBe(0.3);
    act(() => store.getState().setInput('xGe', 0.35));
    expect(hook.result.current).toBe(0.35);
  });
});
