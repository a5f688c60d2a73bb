import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { createAppStore } from '../../src/state/store';
import { parseUrlInputs, startUrlSync, urlForInputs } from '../../src/state/urlSync';
import { fakeWindow } from '../support/fakes';

afterEach(() => {
  vi.useRealTimers();
});

describe('parseUrlInputs', () => {
  it('reads valid values for every declared key', () => {
    const { inputs, messages } = parseUrlInputs(
      '?xGe=0.25&temperatureC=60&particleRadiusUm=2&thicknessUm=100',
    );
    expect(inputs).toEqual({
      ...DEFAULT_INPUTS,
      xGe: 0.25,
      temperatureC: 60,
      particleRadiusUm: 2,
      thicknessUm: 100,
    });
    expect(messages).toEqual([]);

    // Every declared key is read, including the kinetics' inputs.
    const all = parseUrlInputs(
      '?porosity=0.35&profileRate1=0.5&profileRate2=2&profileRate3=5&snapshotRate=2&snapshotDepth=0.8',
    );
    expect(all.inputs).toEqual({
      ...DEFAULT_INPUTS,
      porosity: 0.35,
      profileRate1: 0.5,
      profileRate2: 2,
      profileRate3: 5,
      snapshotRate: 2,
      snapshotDepth: 0.8,
    });
    expect(all.messages).toEqual([]);
  });

  it('reads the choices, and falls back to the default with a message for unknown ones', () => {
    const good = parseUrlInputs('?separator=Li10GeP2S12&snapshotBranch=delithiation');
    expect(good.choices).toEqual({
      ...DEFAULT_CHOICES,
      separator: 'Li10GeP2S12',
      snapshotBranch: 'delithiation',
    });
    expect(good.messages).toEqual([]);

    const bad = parseUrlInputs('?separator=unobtainium&snapshotBranch=sideways&porosity=2');
    expect(bad.choices).toEqual(DEFAULT_CHOICES);
    expect(bad.inputs.porosity).toBe(DEFAULT_INPUTS.porosity);
    expect(bad.messages).toHaveLength(3);
    expect(bad.messages.join(' ')).toMatch(/"unobtainium" is not one of .*Li6PS5Cl/);
    expect(bad.messages.join(' ')).toMatch(/default, Li6PS5Cl\./);
    expect(bad.messages.join(' ')).toMatch(/"sideways".*default, lithiation\./);
  });

  it('takes the last of a repeated name, as the CLI does, and says so', () => {
    const { inputs, choices, messages } = parseUrlInputs(
      '?xGe=0.25&xGe=0.5&separator=Li10GeP2S12&separator=Li6PS5Cl&temperatureC=40',
    );
    expect(inputs.xGe).toBe(0.5);
    expect(choices.separator).toBe('Li6PS5Cl');
    expect(inputs.temperatureC).toBe(40);
    expect(messages).toEqual([
      expect.stringMatching(/“separator” appears 2 times .* last one/),
      expect.stringMatching(/“xGe” appears 2 times .* last one/),
    ]);
  });

  it('falls back to the default with a message for text that is not a number', () => {
    const { inputs, messages } = parseUrlInputs('?xGe=abc&temperatureC=40');
    expect(inputs.xGe).toBe(DEFAULT_INPUTS.xGe);
    expect(inputs.temperatureC).toBe(40);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Ge fraction x.*"abc" is not a number/);
    expect(messages[0]).toMatch(/default, 0\.125/);
  });

  it('falls back to the default with a message for out-of-range and empty values', () => {
    const { inputs, messages } = parseUrlInputs('?xGe=1.5&temperatureC=500&thicknessUm=');
    expect(inputs).toEqual(DEFAULT_INPUTS);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/1\.5 is outside 0–1/);
    expect(messages[1]).toMatch(/500 °C is outside -20–80 °C.*default, 25 °C/);
    expect(messages[2]).toMatch(/Electrode thickness/);
  });

  it('ignores keys that are not inputs', () => {
    const { inputs, messages } = parseUrlInputs('?utm_source=mail&lang=de&xGe=1');
    expect(inputs).toEqual({ ...DEFAULT_INPUTS, xGe: 1 });
    expect(messages).toEqual([]);
  });

  it('reads separator ids with spaces and brackets as the URL encodes them', () => {
    const id = 'beta-Li3PS4 (nanoporous)';
    const href = urlForInputs(DEFAULT_INPUTS, 'https://x.test/', {
      ...DEFAULT_CHOICES,
      separator: id,
    });
    expect(parseUrlInputs(new URL(href).search).choices.separator).toBe(id);
  });
});

describe('the what-if multipliers and the loading in the link', () => {
  it('reads the multipliers, and falls back to 1 with a notice out of range', () => {
    const good = parseUrlInputs('?electronicScale=10&ionicScale=0.1');
    expect(good.inputs).toEqual({ ...DEFAULT_INPUTS, electronicScale: 10, ionicScale: 0.1 });
    expect(good.messages).toEqual([]);
    const bad = parseUrlInputs('?electronicScale=1000');
    expect(bad.inputs.electronicScale).toBe(1);
    expect(bad.messages).toEqual([
      'What-if multiplier of σe: 1000 is outside 0.01–100. Using the default, 1.',
    ]);
  });

  it('takes a loading without a basis to mean the electrode is set by loading', () => {
    const { inputs, choices, messages } = parseUrlInputs('?loadingMgCm2=2');
    expect(inputs.loadingMgCm2).toBe(2);
    expect(choices.electrodeBasis).toBe('loading');
    expect(messages).toEqual([]);
    // An unusable loading sets nothing: the thickness stays in charge.
    expect(parseUrlInputs('?loadingMgCm2=50').choices.electrodeBasis).toBe('thickness');
  });

  it('ignores a thickness given beside a loading, with a notice, unless the link names the basis', () => {
    const both = parseUrlInputs('?thicknessUm=10&loadingMgCm2=2');
    expect(both.choices.electrodeBasis).toBe('loading');
    expect(both.messages).toEqual([
      'Electrode thickness 10 µm ignored: the areal loading given with it, 2 mg/cm², sets the electrode.',
    ]);
    const named = parseUrlInputs('?thicknessUm=10&loadingMgCm2=2&electrodeBasis=thickness');
    expect(named.choices.electrodeBasis).toBe('thickness');
    expect(named.messages).toEqual([]);
  });

  it('round-trip: writes the basis and only the quantity it holds', () => {
    const choices = { ...DEFAULT_CHOICES, electrodeBasis: 'loading' };
    const inputs = { ...DEFAULT_INPUTS, thicknessUm: 40, loadingMgCm2: 2.5, ionicScale: 3.16 };
    const href = new URL(urlForInputs(inputs, 'https://x.test/', choices));
    expect(href.search).toBe('?loadingMgCm2=2.5&ionicScale=3.16&electrodeBasis=loading');
    const back = parseUrlInputs(href.search);
    expect(back.choices).toEqual(choices);
    expect(back.inputs).toEqual({ ...inputs, thicknessUm: DEFAULT_INPUTS.thicknessUm });
    const byThickness = urlForInputs(inputs, 'https://x.test/');
    expect(new URL(byThickness).search).toBe('?thicknessUm=40&ionicScale=3.16');
  });
});

describe("the cathode's figures in the link", () => {
  it("take the named cathode's literature values unless the link gives its own", () => {
    expect(parseUrlInputs('?cathode=lco').inputs).toMatchObject({
      cathodeCapacity: 180,
      cathodeEfficiency: 90,
      cathodeVoltage: 4,
    });
    const own = parseUrlInputs('?cathode=lco&cathodeCapacity=190&cathodeEfficiency=120');
    expect(own.inputs.cathodeCapacity).toBe(190);
    expect(own.inputs.cathodeEfficiency).toBe(90); // out of range: LCO's, not NCM's
    expect(own.messages.join(' ')).toMatch(/120 %.*Using the default, 90 %/);
  });

  it("round-trip: a value equal to the other cathode's default is still written", () => {
    const choices = { ...DEFAULT_CHOICES, cathode: 'lco' };
    const inputs = { ...parseUrlInputs('?cathode=lco').inputs, cathodeCapacity: 190 };
    const href = urlForInputs(inputs, 'https://wiki.example.org/sige/', choices);
    expect(new URL(href).searchParams.get('cathodeCapacity')).toBe('190');
    expect(new URL(href).searchParams.get('cathodeVoltage')).toBeNull(); // LCO's own default
    expect(parseUrlInputs(new URL(href).search).inputs).toEqual(inputs);
  });
});

describe('urlForInputs', () => {
  it('writes non-default values only, keeping other parameters and the hash', () => {
    const href = 'https://lab.example/sige/?lang=de&xGe=0.5&temperatureC=40#readouts';
    const next = new URL(urlForInputs({ ...DEFAULT_INPUTS, xGe: 0.17500000000000002 }, href));
    expect(next.searchParams.get('lang')).toBe('de');
    expect(next.searchParams.get('xGe')).toBe('0.175');
    expect(next.searchParams.has('temperatureC')).toBe(false);
    expect(next.hash).toBe('#readouts');
    expect(next.pathname).toBe('/sige/');
  });

  it('writes non-default choices and removes default ones', () => {
    const href = 'https://lab.example/?snapshotBranch=delithiation';
    const next = new URL(
      urlForInputs(DEFAULT_INPUTS, href, {
        separator: 'Li10GeP2S12',
        snapshotBranch: 'lithiation',
        cathode: 'ncm',
        electrodeBasis: 'thickness',
      }),
    );
    expect(next.searchParams.get('separator')).toBe('Li10GeP2S12');
    expect(next.searchParams.has('snapshotBranch')).toBe(false);
  });
});

describe('startUrlSync', () => {
  it('rewrites a link with unusable values at once', () => {
    const win = fakeWindow('https://x.test/?xGe=abc&keep=1#h');
    const store = createAppStore();
    const stop = startUrlSync(store, { win });
    expect(win.location.href).toBe('https://x.test/?keep=1#h');
    stop();
  });

  it('throttles history writes during a drag and always writes the last value', () => {
    vi.useFakeTimers();
    const win = fakeWindow('https://x.test/');
    const store = createAppStore();
    const stop = startUrlSync(store, { win, intervalMs: 200 });
    expect(win.history.replaceState).not.toHaveBeenCalled();
    for (let i = 1; i <= 20; i++) store.getState().setInput('xGe', i * 0.01);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.href).toBe('https://x.test/?xGe=0.2');
    store.getState().setInput('temperatureC', 50);
    stop(); // flushes the pending write
    expect(win.location.href).toBe('https://x.test/?xGe=0.2&temperatureC=50');
  });

  it('during a long drag, writes once the inputs rest, or every maxWaitMs at most', () => {
    vi.useFakeTimers();
    const win = fakeWindow('https://x.test/');
    const store = createAppStore();
    const stop = startUrlSync(store, { win, intervalMs: 200, maxWaitMs: 1000 });
    // 2 s of a drag, one step per 20 ms: the inputs never rest for 200 ms.
    for (let i = 1; i <= 100; i++) {
      store.getState().setInput('xGe', i / 100);
      vi.advanceTimersByTime(20);
    }
    // About once a second, not once per 200 ms.
    const during = win.history.replaceState.mock.calls.length;
    expect(during).toBeGreaterThanOrEqual(1);
    expect(during).toBeLessThanOrEqual(2);
    // Once the drag rests, its last value lands.
    vi.advanceTimersByTime(200);
    expect(win.location.href).toBe('https://x.test/?xGe=1');
    vi.advanceTimersByTime(5000);
    expect(win.history.replaceState.mock.calls.length).toBeLessThanOrEqual(during + 1);
    stop();
  });

  it('writes a changed choice, throttled like the inputs', () => {
    vi.useFakeTimers();
    const win = fakeWindow('https://x.test/');
    const store = createAppStore();
    const stop = startUrlSync(store, { win, intervalMs: 200 });
    store.getState().setChoice('snapshotBranch', 'delithiation');
    store.getState().setInput('porosity', 0.3);
    vi.advanceTimersByTime(200);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.href).toBe('https://x.test/?porosity=0.3&snapshotBranch=delithiation');
    stop();
  });
});
