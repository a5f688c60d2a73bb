import { describe, expect, it } from 'vitest';
import { fixture, parsed } from '../fixtures/cycler/load';
import { parseCellData, tidyNumber, toTidyCsv, type CellSeries } from '../../src/core/cellData';

const rounded = (values: readonly number[] | undefined) =>
  values?.map((v) => Number(tidyNumber(v)));

/** What the tidy CSV keeps of a series: its numbers to ten significant digits. */
function asWritten(s: CellSeries): CellSeries {
  const base = {
    ...s,
    capacity_mAh: rounded(s.capacity_mAh) ?? [],
    voltage_V: rounded(s.voltage_V) ?? [],
  };
  return s.capacity_mAh_per_g
    ? { ...base, capacity_mAh_per_g: rounded(s.capacity_mAh_per_g) ?? [] }
    : base;
}

const INFO = { importDate: '2025-03-01T12:00:00.000Z', fileName: 'cell 7.mpt' };

describe('tidy CSV', () => {
  it('writes units in the column names, a header block, and numbers without float noise', () => {
    const data = parsed(parseCellData(fixture('arbin.csv'), { activeMass_mg: 0.03 }));
    const lines = toTidyCsv(data, INFO).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '# SiGe Explorer tidy CSV',
      '# format: Arbin CSV',
      '# format id: arbin',
      '# source file: cell 7.mpt',
      '# active mass mg: 0.03',
      '# import date: 2025-03-01T12:00:00.000Z',
      'cycle,kind,capacity_mAh,voltage_V,capacity_mAh_per_g',
    ]);
    // 0.03 mAh / 0.03 mg is exactly 1000 mAh/g once the binary noise is gone.
    expect(lines[10]).toBe('1,lithiation,0.03,0.35,1000');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(7 + 22 + 1);
  });

  it('round-trips: export → import gives the same series, and exporting again the same bytes', () => {
    for (const [name, mass] of [
      ['eclab_comma.mpt', 0.0123],
      ['neware.csv', undefined],
      ['maccor.txt', 0.5],
    ] as const) {
      const original = parsed(parseCellData(fixture(name), { activeMass_mg: mass }));
      const csv = toTidyCsv(original, INFO);
      const back = parsed(parseCellData(csv));
      expect(back.format, name).toBe('tidy');
      expect(back.formatLabel).toBe('SiGe Explorer tidy CSV');
      expect(back.series, name).toEqual(original.series.map(asWritten));
      expect(back.cycles).toBe(original.cycles);
      expect(back.activeMass_mg).toBe(mass);
      expect(back.source).toEqual({
        formatLabel: original.formatLabel,
        formatId: original.format,
        fileName: 'cell 7.mpt',
        importDate: INFO.importDate,
      });
      expect(toTidyCsv(back, { importDate: INFO.importDate }), name).toBe(csv);
    }
  });

  it('keeps a rate table through the round trip', () => {
    const rate = parsed(parseCellData(fixture('rate_table.csv')));
    const csv = toTidyCsv(rate, INFO);
    expect(csv).toContain(
      '# rate table (C-rate=mAh/g): 0.1=1210; 0.2=1165; 0.5=1080; 1=990; 2=850\n',
    );
    const back = parsed(parseCellData(csv));
    expect(back.rateTable).toEqual(rate.rateTable);
    expect(toTidyCsv(back, INFO)).toBe(csv);
  });

  it('recomputes capacity per gram when a new mass is given at import', () => {
    const csv = toTidyCsv(
      parsed(parseCellData(fixture('arbin.csv'), { activeMass_mg: 0.05 })),
      INFO,
    );
    const back = parsed(parseCellData(csv, { activeMass_mg: 0.1 }));
    expect(back.activeMass_mg).toBe(0.1);
    expect(back.series[0]?.capacity_mAh_per_g?.at(-1)).toBeCloseTo(500, 9);
  });

  it('refuses a tidy file with an unknown kind, naming the line and column', () => {
    const csv =
      '# SiGe Explorer tidy CSV\ncycle,kind,capacity_mAh,voltage_V\n1,lithiation,0,1\n1,sideways,0.1,0.9\n';
    expect(() => parseCellData(csv)).toThrow(
      "Line 4, column 'kind': 'sideways' is not lithiation or delithiation.",
    );
  });
});
