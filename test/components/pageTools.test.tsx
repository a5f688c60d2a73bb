// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/modelClient';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { RESET_ANNOUNCEMENT } from '../../src/state/paramsSlice';
import type { ParamsInit } from '../../src/state/storeTypes';
import { QUICK_KINETICS } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
});

const render = (init: ParamsInit = {}) => renderApp(init, createInProcessClient(), QUICK_KINETICS);

/** Every sentence the polite region has held, in order (each is a new node). */
function recordAnnouncements(): string[] {
  const region = screen.getByTestId('announcer');
  const heard: string[] = [];
  new MutationObserver((records) => {
    for (const r of records) {
      r.addedNodes.forEach((n) => heard.push(n.textContent ?? ''));
    }
  }).observe(region, { childList: true });
  return heard;
}

const CHANGED: ParamsInit = {
  inputs: { ...DEFAULT_INPUTS, xGe: 0.5, temperatureC: 60, porosity: 0.4 },
  choices: { ...DEFAULT_CHOICES, cathode: 'lco', separator: 'Li10GeP2S12' },
  notices: ['A notice from the link.'],
};

describe('Reset all', () => {
  it('puts every input and choice back, dismisses the notices, and says so once', async () => {
    const { store } = render(CHANGED);
    expect(store.getState().choices.separator).toBe('Li10GeP2S12');
    const heard = recordAnnouncements();
    await userEvent.click(screen.getByTestId('reset-all'));
    expect(store.getState().inputs).toEqual(DEFAULT_INPUTS);
    expect(store.getState().choices).toEqual(DEFAULT_CHOICES);
    expect(store.getState().notices).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByTestId('x-slider') as HTMLInputElement).value).toBe('0.125');
    // From x = 0.5 (ion-poor) to 0.125 (balanced) crosses the band's edge, yet the reset's
    // own sentence is the only one.
    await waitFor(() => expect(heard).toEqual([RESET_ANNOUNCEMENT]));
    expect(screen.getByTestId('announcer').getAttribute('role')).toBe('status');
  });

  it('answers Alt+R anywhere, and a second reset is heard again', async () => {
    const { store } = render(CHANGED);
    const heard = recordAnnouncements();
    fireEvent.keyDown(screen.getByTestId('x-slider'), { key: '®', code: 'KeyR', altKey: true });
    expect(store.getState().inputs).toEqual(DEFAULT_INPUTS);
    act(() => store.getState().setInput('xGe', 0.3));
    fireEvent.keyDown(document.body, { key: 'r', code: 'KeyR', altKey: true });
    expect(store.getState().inputs.xGe).toBe(0.125);
    // Between the two: leaving the band (0.125 → 0.3) is worth a sentence of its own.
    await waitFor(() =>
      expect(heard).toEqual([
        RESET_ANNOUNCEMENT,
        'Out of the balanced band at x = 0.3: ion-poor, Li⁺ ions limit.',
        RESET_ANNOUNCEMENT,
      ]),
    );
    // Plain R, or Ctrl+Alt+R, is not the shortcut.
    act(() => store.getState().setInput('xGe', 0.3));
    fireEvent.keyDown(document.body, { key: 'r', code: 'KeyR' });
    fireEvent.keyDown(document.body, { key: 'r', code: 'KeyR', altKey: true, ctrlKey: true });
    expect(store.getState().inputs.xGe).toBe(0.3);
  });

  it('empties a half-typed, invalid value too', async () => {
    render();
    const typed = screen.getByTestId('input-temperatureC') as HTMLInputElement;
    await userEvent.clear(typed);
    await userEvent.type(typed, '500{Enter}');
    expect(typed.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(screen.getByTestId('reset-all'));
    expect(typed.value).toBe('25');
    expect(typed.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('the keyboard shortcuts dialog', () => {
  // jsdom has <dialog> but neither showModal nor close: the component falls back to the
  // open attribute and handles Escape itself, which is what these tests exercise.
  const dialog = () => screen.getByTestId('shortcuts-dialog');

  it('opens with ?, takes focus, lists the page’s keys, and gives focus back on Escape', async () => {
    render();
    const slider = screen.getByTestId('x-slider');
    slider.focus();
    // Asked for at once, before its code (a chunk of its own) is in: it opens when it arrives.
    await userEvent.keyboard('?');
    await waitFor(() => expect(dialog().hasAttribute('open')).toBe(true));
    expect(dialog().contains(document.activeElement)).toBe(true);
    const text = dialog().textContent ?? '';
    for (const key of ['Alt', 'Page Up', 'Home', 'End', 'Enter', 'Escape', 'Tab', '?']) {
      expect(text, key).toContain(key);
    }
    expect(text).toContain('0.0025');
    await userEvent.keyboard('{Escape}');
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(slider);
  });

  it('opens from its button and closes with Close, back on the button', async () => {
    render();
    // Its code is in once the page has been idle: drawn closed.
    expect((await screen.findByTestId('shortcuts-dialog')).hasAttribute('open')).toBe(false);
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('?');
    await userEvent.click(button);
    expect(dialog().hasAttribute('open')).toBe(true);
    expect(dialog().getAttribute('aria-labelledby')).toBe('shortcuts-title');
    await userEvent.click(screen.getByTestId('shortcuts-close'));
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('does not open while a ? is typed into a box', async () => {
    render();
    await screen.findByTestId('shortcuts-dialog');
    const typed = screen.getByTestId('x-number') as HTMLInputElement;
    typed.focus();
    await userEvent.keyboard('?');
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(typed.value).toContain('?');
  });
});
