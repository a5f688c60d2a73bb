import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { decodePin, encodePin, parsePins, pinOf, urlWithPins } from '../../src/state/pinCodec';
import { createAppStore } from '../../src/state/store';
import { startUrlSync } from '../../src/state/urlSync';
import { fakeWindow } from '../support/fakes';

const at = (xGe: number, more: Partial<typeof DEFAULT_INPUTS> = {}) => ({
  ...DEFAULT_INPUTS,
  xGe,
  ...more,
});

describe('a pin entry', () => {
  it('writes x always and only what differs from the defaults otherwise', () => {
    expect(encodePin(DEFAULT_INPUTS, DEFAULT_CHOICES)).toBe('xGe:0.125');
    expect(encodePin(at(0, { temperatureC: 40 }), DEFAULT_CHOICES)).toBe('xGe:0,temperatureC:40');
    expect(
      encodePin(at(0.17500000000000002), { ...DEFAULT_CHOICES, separator: 'Li10GeP2S12' }),
    ).toBe('xGe:0.175,separator:Li10GeP2S12');
  });

  it('round-trips every setting, the basis and a separator with spaces and brackets', () => {
    const choices = {
      ...DEFAULT_CHOICES,
      electrodeBasis: 'loading',
      cathode: 'lco',
      separator: 'beta-Li3PS4 (nanoporous)',
      snapshotBranch: 'delithiation',
    };
    const inputs = {
      ...at(0.3, { temperatureC: -5, loadingMgCm2: 2.5, ionicScale: 3.16, profileRate2: 2 }),
      cathodeCapacity: 190,
      cathodeEfficiency: 90,
      cathodeVoltage: 4,
    };
    const entry = encodePin(inputs, choices);
    // LCO's own efficiency and voltage are its defaults: not written.
    expect(entry).toBe(
      'xGe:0.3,temperatureC:-5,loadingMgCm2:2.5,ionicScale:3.16,profileRate2:2,' +
        'cathodeCapacity:190,separator:beta-Li3PS4 (nanoporous),snapshotBranch:delithiation,' +
        'cathode:lco,electrodeBasis:loading',
    );
    const back = decodePin(entry);
    expect(back).toEqual({ ok: true, inputs, choices });
    // And through the address, as the page writes and reads it.
    const href = urlWithPins('https://x.test/sige/?xGe=0.5#h', [pinOf(inputs, choices, 0)]);
    expect(href).toContain('pin=xGe:0.3,temperatureC:-5,');
    expect(parsePins(new URL(href).search).pins[0]).toMatchObject({ key: entry, inputs, choices });
    expect(new URL(href).hash).toBe('#h');
  });

  it('keeps only the held one of thickness and loading, as the page’s own query does', () => {
    const pin = pinOf(at(0.5, { thicknessUm: 40, loadingMgCm2: 7 }), DEFAULT_CHOICES, 0);
    expect(pin.key).toBe('xGe:0.5,thicknessUm:40');
    expect(pin.inputs.loadingMgCm2).toBe(DEFAULT_INPUTS.loadingMgCm2);
  });

  it('refuses a bad item instead of falling back to its default', () => {
    for (const [entry, why] of [
      ['xGe:abc', /Ge fraction x: "abc" is not a number/],
      ['xGe:1.5', /1\.5 is outside 0–1/],
      ['xGe:0,separator:unobtainium', /"unobtainium" is not one of/],
      ['xGe:0,banana:1', /“banana:1” is not name:value of a setting/],
      ['xGe', /“xGe” is not name:value/],
      ['', /names no setting/],
      [',,', /names no setting/],
    ] as const) {
      const decoded = decodePin(entry);
      expect(decoded.ok, entry).toBe(false);
      if (!decoded.ok) expect(decoded.message).toMatch(why);
    }
  });
});

describe('the pins of a link', () => {
  it('reads them in order, each once, at most four, and says what it left out', () => {
    const { pins, messages } = parsePins(
      '?xGe=0.5&pin=xGe:0&pin=xGe:abc&pin=xGe:0&pin=xGe:0.125&pin=temperatureC:40,xGe:1' +
        '&pin=xGe:0.25&pin=xGe:0.75',
    );
    expect(pins.map((p) => p.key)).toEqual([
      'xGe:0',
      'xGe:0.125',
      'xGe:1,temperatureC:40',
      'xGe:0.25',
    ]);
    expect(pins.map((p) => p.slot)).toEqual([0, 1, 2, 3]);
    expect(messages).toEqual([
      'Pin “xGe:abc” left out: Ge fraction x: "abc" is not a number.',
      'Pin “xGe:0” left out: the same view is pinned before it.',
      'Pin “xGe:0.75” left out: at most 4 pins.',
    ]);
  });

  it('says a name given twice takes its last value, and cuts a long entry short', () => {
    const { pins, messages } = parsePins('?pin=xGe:0,xGe:1');
    expect(pins[0]?.inputs.xGe).toBe(1);
    expect(messages).toEqual([
      'Pin “xGe:0,xGe:1”: “xGe” appears 2 times in the address; using the last one.',
    ]);
    const long = parsePins(`?pin=${'x'.repeat(5000)}`).messages[0] ?? '';
    expect(long.length).toBeLessThan(200);
  });

  it('never throws on a hostile address', () => {
    for (const search of ['?pin=%', '?pin=:', '?pin=xGe:', '?pin=xGe:1e999', '?pin=:::,,,']) {
      expect(() => parsePins(search), search).not.toThrow();
    }
  });
});

describe('pins in the address bar', () => {
  it('writes a pin at once, keeps pins through Reset all and drops them on Clear pins', () => {
    const win = fakeWindow('https://x.test/?lang=de');
    const store = createAppStore({ inputs: at(0) });
    const stop = startUrlSync(store, { win, intervalMs: 10_000 });
    expect(win.location.href).toBe('https://x.test/?lang=de&xGe=0');
    store.getState().pinCurrent();
    expect(win.location.href).toBe('https://x.test/?lang=de&xGe=0&pin=xGe:0');
    store.getState().setInput('xGe', 1);
    store.getState().setInput('temperatureC', 40);
    store.getState().pinCurrent();
    expect(new URL(win.location.href).searchParams.getAll('pin')).toEqual([
      'xGe:0',
      'xGe:1,temperatureC:40',
    ]);
    store.getState().resetAll();
    expect(win.location.href).toBe('https://x.test/?pin=xGe:0&pin=xGe:1,temperatureC:40');
    store.getState().clearPins();
    expect(win.location.href).toBe('https://x.test/');
    stop();
  });
});
