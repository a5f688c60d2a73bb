import { describe, expect, it } from 'vitest';
import { fixture } from '../fixtures/cycler/load';
import {
  CellDataError,
  checkFileSize,
  MAX_FILE_BYTES,
  parseCellData,
  type ParseOptions,
} from '../../src/core/cellData';

/** The CellDataError a parse throws; fails the test if it throws anything else or nothing. */
function failure(input: string | Uint8Array, options: ParseOptions = {}): CellDataError {
  try {
    parseCellData(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CellDataError);
    return error as CellDataError;
  }
  throw new Error('expected a CellDataError, but the parse succeeded');
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('bad input gives a CellDataError naming the line and column', () => {
  it('a non-numeric cell', () => {
    const e = failure(fixture('arbin_bad_cell.csv'));
    expect(e.code).toBe('not-a-number');
    expect(e.message).toBe("Line 14, column 'Voltage(V)': 'abc' is not a number.");
    expect([e.line, e.column]).toEqual([14, 'Voltage(V)']);
  });

  it('an empty cell is missing, not zero', () => {
    const text =
      'Data_Point,Test_Time(s),Current(A),Voltage(V),Charge_Capacity(Ah),Discharge_Capacity(Ah),Cycle_Index\n1,0,-0.001,,0,0,1\n2,1,-0.001,0.5,0,0.001,1\n';
    const e = failure(text);
    expect(e.message).toBe("Line 2, column 'Voltage(V)' is empty.");
  });

  it('mixed separators', () => {
    const e = failure(fixture('mixed_separators.csv'), {
      mapping: { voltage: 'E (V)', capacity: 'Q (mAh)', current: 'I (mA)' },
    });
    expect(e.code).toBe('mixed-separators');
    expect(e.line).toBe(5);
    expect(e.message).toBe('Line 5 is separated by semicolons, but the header (line 1) by commas.');
  });

  it('a short row in the middle of the file (not the last one)', () => {
    const text = 'E (V),Q (mAh),I (mA)\n0.5,0,-1\n0.4\n0.3,0.2,-1\n';
    const e = failure(text, {
      mapping: { voltage: 'E (V)', capacity: 'Q (mAh)', current: 'I (mA)' },
    });
    expect(e.code).toBe('bad-row');
    expect(e.message).toBe('Line 3 has 1 cells; the header (line 1) has 3.');
  });

  it('a generic capacity column without unit, and none chosen', () => {
    const e = failure(fixture('generic.tsv'), {
      mapping: { voltage: 'Potential/mV', capacity: 'Capacity' },
    });
    expect(e.code).toBe('units-missing');
    expect(e.column).toBe('Capacity');
    expect(e.message).toMatch(/^Column 'Capacity' does not say its unit; choose mAh, Ah/);
  });

  it('a voltage column without unit, and none chosen', () => {
    const e = failure('volts,Q (mAh)\n0.5,0\n0.4,0.1\n', {
      mapping: { voltage: 'volts', capacity: 'Q (mAh)' },
    });
    expect(e.code).toBe('units-missing');
    expect(e.message).toMatch(/Column 'volts' does not say its unit; choose the unit of a voltage/);
  });

  it('a mapping naming a column that is not there, or a unit of the wrong kind', () => {
    const missing = failure(fixture('generic.csv'), {
      mapping: { voltage: 'Ewe', capacity: 'Q (mAh)' },
    });
    expect(missing.code).toBe('bad-mapping');
    expect(missing.message).toMatch(
      /The voltage column 'Ewe' is not in the file \(columns: time \(s\), E \(V\)/,
    );
    const wrong = failure(fixture('generic.csv'), {
      mapping: { voltage: 'I (mA)', capacity: 'Q (mAh)' },
    });
    expect(wrong.message).toBe("Column 'I (mA)' is in mA, which is not a voltage.");
  });

  it('a capacity per gram without the mass', () => {
    const e = failure('C-rate,Q (mAh)\n1,0.05\n');
    expect(e.code).toBe('bad-mass');
    expect(e.message).toBe('A rate table is per gram: give the active mass in mg.');
    expect(failure(fixture('arbin.csv'), { activeMass_mg: -2 }).code).toBe('bad-mass');
  });

  it('an empty file', () => {
    expect(failure('').message).toBe('The file is empty.');
    expect(failure(new Uint8Array([32, 10, 13, 10])).code).toBe('empty');
  });

  it('a file that is none of the formats', () => {
    const e = failure(fixture('not_a_table.txt'));
    expect(e.code).toBe('unknown-format');
    expect(e.message).toMatch(/not one of the formats SiGe Explorer reads/);
    expect(failure('1,2,3\n4,5,6\n').message).toBe(
      'Line 1 holds numbers, not column names: a table needs a header row.',
    );
  });

  it('binary files: EC-Lab .mpr, Neware .nda, an Excel sheet, anything with NUL bytes', () => {
    const mpr = failure(new Uint8Array([...ascii('BIO-LOGIC MODULAR FILE\u001a    '), 0, 0, 1, 2]));
    expect(mpr.code).toBe('binary');
    expect(mpr.message).toMatch(/EC-Lab binary file \(\.mpr\).*\.mpt/);
    expect(failure(new Uint8Array([...ascii('NEWARE'), 0, 0, 7, 0])).message).toMatch(
      /Neware binary/,
    );
    expect(failure(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0])).message).toMatch(/Excel/);
    const noise = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    expect(failure(noise).message).toMatch(/binary file, not text/);
    // A binary file read as text by the page still holds its NULs.
    expect(failure('Voltage(V)\u0000\u0000\u0001').code).toBe('binary');
  });

  it('an EC-Lab file whose header-line count is broken', () => {
    const e = failure('EC-Lab ASCII FILE\nNb header lines : lots\n');
    expect(e.code).toBe('bad-header');
    expect(e.line).toBe(2);
    expect(e.message).toBe("Line 2: 'Nb header lines' is not a whole number.");
  });

  it('a file with rests only has no half-cycles', () => {
    const text =
      'Test_Time(s),Current(A),Voltage(V),Charge_Capacity(Ah),Discharge_Capacity(Ah),Cycle_Index\n0,0,2.9,0,0,1\n1,0,2.9,0,0,1\n';
    expect(failure(text).code).toBe('no-data');
  });
});

describe('file size', () => {
  it('refuses files above 50 MB before they are read, saying both sizes', () => {
    expect(() => checkFileSize(MAX_FILE_BYTES)).not.toThrow();
    expect(() => checkFileSize(63 * 1024 * 1024)).toThrow(
      'The file is 63 MB; the limit is 50 MB. Export fewer cycles or a coarser record interval.',
    );
    expect(() => checkFileSize(MAX_FILE_BYTES + 1)).toThrow(
      expect.objectContaining({ code: 'too-large', name: 'CellDataError' }),
    );
  });
});
