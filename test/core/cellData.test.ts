import { describe, expect, it } from 'vitest';
import { fixture, parsed } from '../fixtures/cycler/load';
import { parseCellData, type CellDataSet, type ParseOptions } from '../../src/core/cellData';

function load(name: string, options: ParseOptions = {}): CellDataSet {
  return parsed(parseCellData(fixture(name), options));
}

/** kind+cycle:points of every series, e.g. "l1:6 d1:5 l2:6 d2:5". */
function outline(data: CellDataSet): string {
  return data.series.map((s) => `${s.kind[0]}${s.cycle}:${s.n}`).join(' ');
}

const STEPS = [0, 0.01, 0.02, 0.03, 0.04, 0.05];

function expectCloseArray(actual: readonly number[] | undefined, expected: readonly number[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((v, i) => expect(actual?.[i]).toBeCloseTo(v, 9));
}

/** All five maker fixtures hold the same protocol: two cycles, 6-point lithiations. */
function expectStandardCycles(data: CellDataSet) {
  expect(data.cycles).toBe(2);
  expect(outline(data)).toBe('l1:6 d1:5 l2:6 d2:5');
  const [l1, d1, l2, d2] = data.series;
  expectCloseArray(l1?.capacity_mAh, STEPS);
  expectCloseArray(d1?.capacity_mAh, STEPS.slice(0, 5));
  expectCloseArray(l1?.voltage_V, [1, 0.6, 0.45, 0.35, 0.2, 0.05]);
  expectCloseArray(d1?.voltage_V, [0.2, 0.4, 0.5, 0.7, 1]);
  expectCloseArray(l2?.voltage_V, [0.9, 0.55, 0.42, 0.33, 0.19, 0.05]);
  expectCloseArray(d2?.capacity_mAh, STEPS.slice(0, 5));
  for (const s of data.series) {
    expect(s.capacity_mAh[0]).toBe(0);
    expect(s.columns).toEqual(['capacity_mAh', 'voltage_V']);
    expect(s.capacity_mAh_per_g).toBeUndefined();
  }
}

describe('cycler formats', () => {
  it('reads an EC-Lab export with decimal commas and CRLF, lithiation from ox/red = 0', () => {
    const data = load('eclab_comma.mpt');
    expect(data.format).toBe('ec-lab');
    expect(data.formatLabel).toBe('EC-Lab text export');
    expectStandardCycles(data);
    expect(data.warnings).toEqual([]);
  });

  it('reads an EC-Lab export with decimal points and only the running total (Q-Qo)', () => {
    const data = load('eclab_point.mpt');
    expect(data.format).toBe('ec-lab');
    expectStandardCycles(data);
  });

  it('reads an EC-Lab file whose header block was left out, by its column names', () => {
    const text = new TextDecoder().decode(fixture('eclab_point.mpt'));
    const headless = text.split('\r\n').slice(6).join('\r\n');
    const data = parsed(parseCellData(headless));
    expect(data.format).toBe('ec-lab');
    expectStandardCycles(data);
  });

  it('reads an Arbin CSV: A and Ah converted, direction from the sign of the current', () => {
    const data = load('arbin.csv');
    expect(data.format).toBe('arbin');
    expect(data.formatLabel).toBe('Arbin CSV');
    expectStandardCycles(data);
  });

  it('reads a Neware CSV by step type, counting on across a CC→CV step restart', () => {
    const data = load('neware.csv');
    expect(data.format).toBe('neware');
    expect(outline(data)).toBe('l1:6 d1:5 l2:6 d2:5');
    // The CV step's counter restarts at 0; the half-cycle's capacity does not.
    expectCloseArray(data.series[0]?.capacity_mAh, [0, 0.01, 0.02, 0.03, 0.03, 0.04]);
    expectCloseArray(data.series[2]?.capacity_mAh, STEPS);
  });

  it('reads a Maccor text export past its preamble, with MD for the direction', () => {
    const data = load('maccor.txt');
    expect(data.format).toBe('maccor');
    expect(data.formatLabel).toBe('Maccor text export');
    expectStandardCycles(data);
  });

  it('reads text as well as bytes, with the same result', () => {
    const text = new TextDecoder().decode(fixture('arbin.csv'));
    expect(parseCellData(text)).toEqual(parseCellData(fixture('arbin.csv')));
  });

  it('reads Latin-1 bytes (a Windows µ in the header) and old Mac line ends', () => {
    const utf8 = fixture('eclab_point.mpt');
    const text = new TextDecoder()
      .decode(utf8)
      .replace('Galvanostatic', 'Galvanostatic 10 \u00b5A');
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expectStandardCycles(parsed(parseCellData(latin1)));
    const mac = new TextDecoder().decode(fixture('arbin.csv')).replace(/\n/g, '\r');
    expectStandardCycles(parsed(parseCellData(mac)));
  });

  it('keeps the file name given, for the tidy export', () => {
    expect(load('arbin.csv', { fileName: 'cell 7.csv' }).source).toEqual({
      fileName: 'cell 7.csv',
    });
    expect(load('arbin.csv').source).toBeUndefined();
  });

  it('adds capacity per gram when the active mass is given', () => {
    const data = load('arbin.csv', { activeMass_mg: 0.04 });
    expect(data.activeMass_mg).toBe(0.04);
    const s = data.series[0];
    expect(s?.columns).toEqual(['capacity_mAh', 'voltage_V', 'capacity_mAh_per_g']);
    // 0.05 mAh in 0.04 mg = 1250 mAh/g.
    expect(s?.capacity_mAh_per_g?.at(-1)).toBeCloseTo(1250, 9);
  });

  it('derives a rate table from the delithiations when a nominal capacity is given', () => {
    const data = load('arbin.csv', { activeMass_mg: 0.1, nominalCapacity_mAh_per_g: 1000 });
    // 0.1 mA on 0.1 mg × 1000 mAh/g = 0.1 mAh nominal → 1 C; 0.04 mAh → 400 mAh/g.
    expect(data.rateTable).toEqual([
      { cRate: 1, capacity_mAh_per_g: expect.closeTo(400, 9) },
      { cRate: 1, capacity_mAh_per_g: expect.closeTo(400, 9) },
    ]);
    expect(load('arbin.csv').rateTable).toBeUndefined();
  });

  it('drops a last row cut off mid-way with a warning, keeping the rest', () => {
    const data = load('arbin_truncated.csv');
    expect(outline(data)).toBe('l1:6 d1:5 l2:6 d2:4');
    expect(data.warnings).toEqual([expect.stringMatching(/Line 27 is cut off/)]);
  });

  it('reports progress up to 1 and stops when aborted', () => {
    const seen: number[] = [];
    load('arbin.csv', { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && f >= (seen[i - 1] ?? 0))).toBe(true);
    expect(() => parseCellData(fixture('arbin.csv'), { signal: { aborted: true } })).toThrow(
      'Import cancelled.',
    );
  });
});

describe('generic tables', () => {
  it('asks for a mapping, with the columns it found and a proposed mapping', () => {
    const result = parseCellData(fixture('generic.csv'));
    expect(result.status).toBe('needs-mapping');
    if (result.status !== 'needs-mapping') return;
    expect(result.formatLabel).toBe('Generic table (separated by commas)');
    expect(result.columns.map((c) => [c.name, c.quantity ?? null, c.numeric])).toEqual([
      ['time (s)', 'time', true],
      ['E (V)', 'voltage', true],
      ['I (mA)', 'current', true],
      ['Q (mAh)', 'capacity', true],
      ['cycle', null, true],
    ]);
    expect(result.guess).toEqual({
      voltage: 'E (V)',
      capacity: 'Q (mAh)',
      current: 'I (mA)',
      cycle: 'cycle',
      time: 'time (s)',
    });
  });

  it('reads a CSV with the mapping it proposed, units from the header', () => {
    const first = parseCellData(fixture('generic.csv'));
    if (first.status !== 'needs-mapping') throw new Error('expected a mapping request');
    const { voltage = '', capacity = '', ...rest } = first.guess;
    const data = load('generic.csv', { mapping: { voltage, capacity, ...rest } });
    expect(data.format).toBe('generic');
    expectStandardCycles(data);
  });

  it('reads a TSV in mV without a current column, the capacity unit chosen by the caller', () => {
    const data = load('generic.tsv', {
      mapping: {
        voltage: 'Potential/mV',
        capacity: 'Capacity',
        cycle: 'Cycle',
        units: { capacity: 'mAh' },
      },
    });
    expect(data.formatLabel).toBe('Generic table (separated by tabs)');
    expectStandardCycles(data);
  });

  it('takes a capacity per gram with the mass, and an Ah unit chosen by the caller', () => {
    const perGram = load('generic.tsv', {
      activeMass_mg: 0.02,
      mapping: { voltage: 'Potential/mV', capacity: 'Capacity', units: { capacity: 'mAh/g' } },
    });
    // 0.05 mAh/g × 0.02 mg = 1e-6 mAh; per gram it is 0.05 again.
    expect(perGram.series[0]?.capacity_mAh.at(-1)).toBeCloseTo(1e-6, 15);
    expect(perGram.series[0]?.capacity_mAh_per_g?.at(-1)).toBeCloseTo(0.05, 12);
    const ah = load('generic.tsv', {
      mapping: { voltage: 'Potential/mV', capacity: 'Capacity', units: { capacity: 'Ah' } },
    });
    expect(ah.series[0]?.capacity_mAh.at(-1)).toBeCloseTo(50, 9);
  });

  it('reads a two-column C-rate table as rate capability', () => {
    const data = load('rate_table.csv');
    expect(data.format).toBe('rate-table');
    expect(data.series).toEqual([]);
    expect(data.rateTable?.map((p) => [p.cRate, p.capacity_mAh_per_g])).toEqual([
      [0.1, 1210],
      [0.2, 1165],
      [0.5, 1080],
      [1, 990],
      [2, 850],
    ]);
    // Labelled by the user, a table with other names is read the same way.
    const plain = 'I,Q (mAh)\n0.5,0.06\n1,0.05\n';
    const rate = parsed(parseCellData(plain, { table: 'rate', activeMass_mg: 0.05 }));
    expect(rate.rateTable?.map((p) => p.capacity_mAh_per_g)).toEqual([
      expect.closeTo(1200, 9),
      expect.closeTo(1000, 9),
    ]);
  });
});
