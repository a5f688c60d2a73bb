// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/modelClient';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { lessonLink } from '../../src/components/lessons/lessonLink';
import { LOCK_REASON, NO_LESSON, parseLesson, type Lesson } from '../../src/state/lesson';
import { createAppStore } from '../../src/state/store';
import type { ParamsInit } from '../../src/state/storeTypes';
import { parseUrlInputs, startUrlSync, urlForInputs } from '../../src/state/urlSync';
import { QUICK_KINETICS } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';
import { fakeWindow } from '../support/fakes';

afterEach(() => {
  cleanup();
  disposeClients();
});

const render = (init: ParamsInit = {}) => renderApp(init, createInProcessClient(), QUICK_KINETICS);

const lesson = (part: Partial<Lesson>): Lesson => ({ ...NO_LESSON, ...part });

describe('parseLesson', () => {
  it('reads lock, show and view', () => {
    const { lesson: read, messages } = parseLesson(
      '?xGe=0.25&lock=xGe,temperatureC,cathode&show=conductivity,rate,lithium&view=rate',
    );
    expect(read).toEqual({
      locked: ['xGe', 'temperatureC', 'cathode'],
      show: ['conductivity', 'rate', 'lithium'],
      view: 'rate',
    });
    expect(messages).toEqual([]);
    expect(parseLesson('?xGe=0.25')).toEqual({ lesson: NO_LESSON, messages: [] });
  });

  it('leaves out unknown names with a notice, and a repeated name takes its last value', () => {
    const { lesson: read, messages } = parseLesson(
      '?lock=xGe,banana&show=rate&show=conductivity,nowhere&view=everything',
    );
    expect(read).toEqual({ locked: ['xGe'], show: ['conductivity'], view: null });
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/“banana” in “lock” is not a setting/);
    expect(messages[1]).toMatch(/“show” appears 2 times/);
    expect(messages[2]).toMatch(/“nowhere” in “show” is not a section/);
    expect(messages[3]).toMatch(/“everything” in “view” is not a figure/);
  });

  it('shows the whole page when show names nothing it knows', () => {
    const { lesson: read, messages } = parseLesson('?show=nothing');
    expect(read.show).toBeNull();
    expect(messages.join(' ')).toMatch(/showing them all/);
  });

  it('is ignored by the inputs parser (no notice there for lock, show or view)', () => {
    expect(parseUrlInputs('?lock=xGe&show=rate&view=rate').messages).toEqual([]);
  });
});

describe('locked settings in the store', () => {
  it('ignores changes of a locked input or choice, and keeps locked inputs a choice would set', () => {
    const store = createAppStore({
      inputs: { ...DEFAULT_INPUTS, xGe: 0.25, cathodeCapacity: 150 },
      lesson: lesson({ locked: ['xGe', 'separator', 'cathodeCapacity'] }),
    });
    store.getState().setInput('xGe', 0.5);
    store.getState().setInput('temperatureC', 40);
    store.getState().setChoice('separator', 'Li10GeP2S12');
    store.getState().setChoice('cathode', 'lco');
    const { inputs, choices } = store.getState();
    expect(inputs.xGe).toBe(0.25);
    expect(inputs.temperatureC).toBe(40);
    expect(choices.separator).toBe('Li6PS5Cl');
    expect(choices.cathode).toBe('lco');
    expect(inputs.cathodeCapacity).toBe(150);
  });

  it('Reset all keeps the locked values as the link set them', () => {
    const store = createAppStore({
      inputs: { ...DEFAULT_INPUTS, xGe: 0.25, temperatureC: 60 },
      lesson: lesson({ locked: ['xGe'] }),
    });
    store.getState().resetAll();
    expect(store.getState().inputs).toEqual({ ...DEFAULT_INPUTS, xGe: 0.25 });
    expect(store.getState().announcement?.text).toMatch(/except those fixed by this lesson link/);
  });
});

describe('a locked control on the page', { timeout: 90_000 }, () => {
  it('is disabled, with a visible reason it is described by; keys and presets leave it', () => {
    const { store } = render({
      inputs: { ...DEFAULT_INPUTS, xGe: 0.25 },
      lesson: lesson({ locked: ['xGe', 'temperatureC'] }),
    });
    const slider = screen.getByTestId('x-slider') as HTMLInputElement;
    expect(slider.disabled).toBe(true);
    const reasonIds = (slider.getAttribute('aria-describedby') ?? '').split(' ');
    const reason = reasonIds
      .map((id) => document.getElementById(id))
      .find((e) => e?.textContent === LOCK_REASON);
    expect(reason).toBeTruthy();
    expect((screen.getByTestId('x-number') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('preset-Ge') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('input-temperatureC') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('input-particleRadiusUm') as HTMLInputElement).disabled).toBe(false);
    expect(screen.getAllByText(LOCK_REASON).length).toBeGreaterThanOrEqual(2);

    fireEvent.keyDown(document.body, { key: 'r', code: 'KeyR', altKey: true });
    expect(store.getState().inputs.xGe).toBe(0.25);
    fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(store.getState().inputs.xGe).toBe(0.25);
  });

  it('a locked choice disables its radios', () => {
    render({ lesson: lesson({ locked: ['electrodeBasis'] }) });
    const radio = screen.getByTestId('choice-electrodeBasis-loading') as HTMLInputElement;
    expect(radio.disabled || radio.closest('fieldset')?.disabled).toBe(true);
    expect(within(radio.closest('fieldset') as HTMLElement).getByText(LOCK_REASON)).toBeTruthy();
  });

  it('a locked snapshot disables the intro’s “Set this snapshot”, saying why', async () => {
    render({ lesson: lesson({ locked: ['snapshotRate'] }) });
    const button = (await screen.findByRole(
      'button',
      { name: 'Set this snapshot' },
      { timeout: 45_000 },
    )) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.parentElement?.textContent).toContain(LOCK_REASON);
  });
});

describe('show and view', () => {
  it('show: only the listed sections', async () => {
    render({ lesson: lesson({ show: ['conductivity'] }) });
    expect(await screen.findByTestId('conductivity-chart')).toBeTruthy();
    expect(screen.queryByTestId('diffusivity-composition-chart')).toBeNull();
    expect(document.querySelector('section.kinetics')).toBeNull();
    // The controls stay: a lesson moves them (unless it locks them).
    expect(screen.getByTestId('x-slider')).toBeTruthy();
  });

  it('view: one figure with the Ge slider and nothing else', async () => {
    render({ lesson: lesson({ view: 'conductivity' }) });
    expect(screen.getByTestId('figure-view').dataset.figure).toBe('conductivity');
    expect(await screen.findByTestId('conductivity-chart')).toBeTruthy();
    expect(screen.getByTestId('x-slider')).toBeTruthy();
    expect(screen.queryByTestId('reset-all')).toBeNull();
    expect(screen.queryByTestId('x-number')).toBeNull();
  });
});

describe('the address of a lesson', () => {
  it('keeps lock, show and view while it follows the inputs, and through Reset all', () => {
    const win = fakeWindow('https://x.test/?lock=xGe&show=conductivity,rate&view=rate&xGe=0.25');
    const store = createAppStore({
      inputs: { ...DEFAULT_INPUTS, xGe: 0.25 },
      lesson: lesson({ locked: ['xGe'], show: ['conductivity', 'rate'], view: 'rate' }),
    });
    const stop = startUrlSync(store, { win, intervalMs: 0, maxWaitMs: 0 });
    store.getState().setInput('temperatureC', 40);
    stop();
    let query = new URL(win.location.href).searchParams;
    expect(query.get('lock')).toBe('xGe');
    expect(query.get('show')).toBe('conductivity,rate');
    expect(query.get('view')).toBe('rate');
    expect(query.get('temperatureC')).toBe('40');
    expect(win.location.href).toContain('show=conductivity,rate');

    const again = startUrlSync(store, { win });
    store.getState().resetAll();
    again();
    query = new URL(win.location.href).searchParams;
    expect([...query.keys()].sort()).toEqual(['lock', 'show', 'view', 'xGe']);
    expect(query.get('xGe')).toBe('0.25');
  });

  it('the share panel builds the link from the current view', () => {
    const link = lessonLink(
      'https://x.test/tools/?xGe=0.5&old=1#h',
      { inputs: { ...DEFAULT_INPUTS, xGe: 0.25 }, choices: createAppStore().getState().choices },
      ['temperatureC', 'xGe'],
      ['rate', 'conductivity'],
    );
    expect(link).toBe(
      'https://x.test/tools/?lock=xGe,temperatureC&show=conductivity,rate&xGe=0.25',
    );
    expect(urlForInputs(DEFAULT_INPUTS, 'https://x.test/?lock=a%2Cb')).toBe(
      'https://x.test/?lock=a,b',
    );
  });
});
