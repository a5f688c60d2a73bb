import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/commands';
import { UsageError } from '../../src/cli/args';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { loadingOf, thicknessForLoading } from '../../src/core/loading';
import { parseCsvWithHeader } from '../../src/export/csv';

describe('sige evaluate', () => {
  it('prints one JSON object with every figure, units in the keys', () => {
    const out = JSON.parse(runCli(['evaluate', '--x', '0.125', '--json'])) as Record<
      string,
      number
    >;
    expect(out.xGe).toBe(0.125);
    for (const key of [
      'sigmaElectronic_S_per_cm',
      'sigmaIonic_S_per_cm',
      'sigmaAmbipolar_S_per_cm',
      'diffusivity_cm2_per_s',
      'theoreticalCapacity_mAh_per_g',
      'latticeConstant_A',
      'xrd111TwoTheta_deg',
      'bandGap_eV',
      'density_g_per_cm3',
      'molarMass_g_per_mol',
      'geWeightFraction',
      'tauParticle_s',
    ]) {
      expect(Number.isFinite(out[key]), key).toBe(true);
    }
    expect(out.geWeightFraction).toBeCloseTo(0.27, 3);
  });

  it('adds the rate test: rate curve, 3 C retention and the limiting process', () => {
    const out = JSON.parse(runCli(['evaluate', '--x', '0.0625', '--json']));
    expect(out.rateCurve.map((p: { cRate: number }) => p.cRate)).toContain(3);
    for (const p of out.rateCurve) expect(Number.isFinite(p.capacity_mAh_per_g)).toBe(true);
    expect(out.retention3C_percent).toBeGreaterThanOrEqual(0);
    expect(out.retention3C_percent).toBeLessThanOrEqual(100);
    expect(out.limitingProcess).toMatch(/transport|kinetics|diffusion|resistance/);
  });

  it('adds the Li inventory, the first-cycle efficiency and the full cell', () => {
    const ncm = JSON.parse(runCli(['evaluate', '--x', '0.125', '--json']));
    const inv = ncm.liInventory;
    const shares = [inv.reversible_percent, inv.quasiReversible_percent, inv.inactive_percent];
    for (const v of shares) expect(v).toBeGreaterThanOrEqual(0);
    expect(shares.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(100, 9);
    expect(ncm.ice_percent).toBeCloseTo(inv.reversible_percent, 9);
    expect(ncm.fullCell.cathode).toBe('ncm');
    expect(ncm.fullCell.rateCurve.map((p: { cRate: number }) => p.cRate)).toEqual([0.2, 0.5, 1, 2]);
    const lco = JSON.parse(
      runCli(['evaluate', '--x', '0.125', '--cathode', 'lco', '--np', '2', '--json']),
    );
    expect(lco.fullCell.cathode).toBe('lco');
    expect(lco.fullCell.npRatio).toBe(2);
    expect(lco.fullCell.specificEnergy_Wh_per_kg).toBeGreaterThan(0);
    expect(() => runCli(['evaluate', '--cathode', 'lfp'])).toThrow(/not one of/);
    expect(() => runCli(['evaluate', '--np', '9'])).toThrow(/outside/);
  });

  it("takes the cathode's figures, defaulting to the chosen cathode's literature values", () => {
    const fullCell = (...flags: string[]) =>
      JSON.parse(runCli(['evaluate', '--x', '0.125', ...flags, '--json'])).fullCell;
    const lco = fullCell('--cathode', 'lco');
    // Flags in any order: the cathode named after its capacity still owns the defaults.
    const richer = fullCell('--cathode-capacity', '200', '--cathode', 'lco');
    expect(richer.dischargeCapacity_mAh_per_g_cathode).toBeGreaterThan(
      lco.dischargeCapacity_mAh_per_g_cathode,
    );
    const higher = fullCell('--cathode', 'lco', '--cathode-voltage', '4.2');
    expect(higher.specificEnergy_Wh_per_kg).toBeGreaterThan(lco.specificEnergy_Wh_per_kg);
    expect(() => runCli(['evaluate', '--cathode-efficiency', '120'])).toThrow(/outside 50–100/);
  });

  it('takes the separator electrolyte by name and refuses unknown ones', () => {
    const out = JSON.parse(runCli(['evaluate', '--separator', 'PEO/LiTFSI', '--json']));
    expect(out.separator).toBe('PEO/LiTFSI');
    expect(() => runCli(['evaluate', '--separator', 'glue'])).toThrow(/not one of/);
  });

  it('takes temperature, radius and thickness', () => {
    const cold = JSON.parse(runCli(['evaluate', '--x', '0.125', '--temperature', '-20', '--json']));
    const warm = JSON.parse(runCli(['evaluate', '--x', '0.125', '--temperature=80', '--json']));
    expect(warm.sigmaIonic_S_per_cm).toBeGreaterThan(cold.sigmaIonic_S_per_cm);
    expect(cold.temperature_K).toBeCloseTo(253.15, 9);
  });

  it('takes the what-if multipliers of σe and σi, and says them in the output', () => {
    const base = JSON.parse(runCli(['evaluate', '--json']));
    const scaled = JSON.parse(runCli(['evaluate', '--sigma-e-scale', '10', '--json']));
    expect(scaled.sigmaElectronic_S_per_cm / base.sigmaElectronic_S_per_cm).toBeCloseTo(10, 9);
    expect(scaled.sigmaIonic_S_per_cm).toBe(base.sigmaIonic_S_per_cm);
    expect([scaled.electronicScale, scaled.ionicScale]).toEqual([10, 1]);
    const ionic = JSON.parse(runCli(['evaluate', '--ionicScale=0.1', '--json']));
    expect(ionic.sigmaIonic_S_per_cm / base.sigmaIonic_S_per_cm).toBeCloseTo(0.1, 9);
    expect([base.electronicScale, base.ionicScale]).toEqual([1, 1]);
    expect(() => runCli(['evaluate', '--sigma-i-scale', '1000'])).toThrow(
      /multiplier of σi: 1000 is outside 0\.01–100/,
    );
  });

  it('sets the electrode by its loading, which wins over a thickness, with a warning', () => {
    const x = 0.25;
    const out = JSON.parse(runCli(['evaluate', '--x', String(x), '--loading', '2', '--json']));
    expect(out.loading_mg_per_cm2).toBe(2);
    expect(out.thickness_um).toBeCloseTo(thicknessForLoading(x, DEFAULT_INPUTS.porosity, 2), 12);
    const plain = JSON.parse(runCli(['evaluate', '--thickness', '12', '--json']));
    expect(plain.thickness_um).toBe(12);
    expect(plain.loading_mg_per_cm2).toBeCloseTo(loadingOf(0.125, DEFAULT_INPUTS.porosity, 12));

    const warnings: string[] = [];
    const both = runCli(
      ['evaluate', '--x', '0.25', '--thickness', '12', '--loading', '2', '--json'],
      (w) => warnings.push(w),
    );
    expect(JSON.parse(both).thickness_um).toBe(out.thickness_um);
    expect(warnings).toEqual([expect.stringMatching(/thickness 12 µm ignored/)]);
    expect(() => runCli(['evaluate', '--loading', '0'])).toThrow(
      /Areal loading: 0 mg\/cm² is outside/,
    );
  });

  it('takes the last of a repeated option, as the page address does, and warns', () => {
    const warnings: string[] = [];
    const out = JSON.parse(
      runCli(
        ['evaluate', '--x', '0.25', '--xGe', '0.5', '--separator', 'Li10GeP2S12', '--json'],
        (w) => warnings.push(w),
      ),
    );
    expect(out.xGe).toBe(0.5);
    expect(warnings).toEqual([
      expect.stringMatching(
        /--xGe is given more than once; using the last value, 0\.5 \(not 0\.25\)/,
      ),
    ]);
  });

  it('refuses bad arguments with a clear message', () => {
    expect(() => runCli(['evaluate', '--x', '1.5'])).toThrow(/outside 0–1/);
    expect(() => runCli(['evaluate', '--x', 'abc'])).toThrow(/not a number/);
    expect(() => runCli(['evaluate', '--x'])).toThrow(/needs a value/);
    expect(() => runCli(['evaluate', '--colour', 'red'])).toThrow(UsageError);
    expect(() => runCli(['frobnicate'])).toThrow(/Unknown command/);
  });
});

describe('sige sweep', () => {
  it('prints a CSV table with a header and one row per step', () => {
    // Every row runs the rate test and the 16 h hold, so a coarse grid keeps this quick;
    // the grid itself is index-based, checked at 0.01 below.
    const lines = runCli(['sweep', '--from', '0', '--to', '1', '--step', '0.1', '--csv']).split(
      '\n',
    );
    expect(lines).toHaveLength(12);
    expect(lines[0]?.split(',')[0]).toBe('xGe');
    expect(lines[1]?.split(',')[0]).toBe('0');
    expect(lines.at(-1)?.split(',')[0]).toBe('1');
    expect(lines[4]?.split(',')[0]).toBe('0.3');
    const header = lines[0]?.split(',') ?? [];
    const col = header.indexOf('retention3C_percent');
    expect(col).toBeGreaterThan(0);
    expect(Number(lines[2]?.split(',')[col])).toBeGreaterThan(0);
  });

  it('steps a fine grid by index, without rounding drift', () => {
    const out = JSON.parse(
      runCli(['sweep', '--from', '0.1', '--to', '0.13', '--step', '0.01', '--json']),
    ) as { xGe: number }[];
    expect(out.map((r) => r.xGe)).toEqual([0.1, 0.11, 0.12, 0.13]);
  });

  it('refuses impossible ranges', () => {
    expect(() => runCli(['sweep', '--step', '0'])).toThrow(/positive/);
    expect(() => runCli(['sweep', '--from', '0.5', '--to', '0.2'])).toThrow(/from/);
    expect(() => runCli(['sweep', '--step', '1e-9'])).toThrow(/limit/);
  });
});

describe('sige map', () => {
  const grid = ['--x', '0.125:1:3', '--loading', '0.5:1:2'];

  it('prints a header block and one row per cell; its best is the brute-force best of evaluate', () => {
    const text = runCli(['map', '--figure', 'retention3C', ...grid, '--csv']);
    const lines = text.split('\n');
    const header = lines.filter((l) => l.startsWith('#'));
    expect(lines.slice(0, header.length)).toEqual(header);
    expect(lines[header.length]).toBe('xGe,loading_mg_per_cm2,retention3C_percent');
    expect(lines).toHaveLength(header.length + 1 + 6);
    const csv = parseCsvWithHeader(text);
    expect(csv.meta['axis xGe']).toBe('0.125:1:3');
    expect(csv.meta['axis loading_mg_per_cm2']).toBe('0.5:1:2');
    expect(csv.meta.figure).toMatch(/retention3C_percent/);
    expect(csv.meta['temperatureC [°C]']).toBe('25');
    expect(csv.meta.xGe).toBeUndefined(); // an axis, not one setting
    expect(csv.rows.map((r) => [r[0], r[1]])).toEqual([
      [0.125, 0.5],
      [0.125, 1],
      [0.5625, 0.5],
      [0.5625, 1],
      [1, 0.5],
      [1, 1],
    ]);

    const map = JSON.parse(runCli(['map', '--figure', 'retention3C', ...grid, '--json']));
    expect(map.figure.column).toBe('retention3C_percent');
    expect(map.axes.second).toMatchObject({ axis: 'loading', from: 0.5, to: 1, count: 2 });
    expect(map.cells).toHaveLength(6);
    let brute: { xGe: number; loading: number; value: number } | null = null;
    for (const xGe of [0.125, 0.5625, 1]) {
      for (const loading of [0.5, 1]) {
        const argv = ['evaluate', '--x', String(xGe), '--loading', String(loading), '--json'];
        const value = JSON.parse(runCli(argv)).retention3C_percent as number;
        if (brute === null || value > brute.value) brute = { xGe, loading, value };
      }
    }
    expect(map.best).toEqual({
      xGe: brute?.xGe,
      loading_mg_per_cm2: brute?.loading,
      retention3C_percent: brute?.value,
      name: brute?.xGe === 0.125 ? 'Si7Ge' : brute?.xGe === 1 ? 'Ge' : null,
    });
    // The CSV says the same best, and holds the same numbers (to its 12 digits).
    expect(csv.meta.best).toContain(`at xGe ${brute?.xGe}`);
    csv.rows.forEach((r, k) => expect(r[2]).toBeCloseTo(map.cells[k].retention3C_percent, 8));
  });

  it('refuses bad ranges, axes and figures with a message', () => {
    const map =
      (...argv: string[]) =>
      () =>
        runCli(['map', '--figure', 'ice', ...argv]);
    expect(map('--x', '0:1', '--loading', '1:2:2')).toThrow(/--x: "0:1" is not a range/);
    expect(map('--x', '0:a:3', '--loading', '1:2:2')).toThrow(/not a range/);
    expect(map('--x', '0:1:2.5', '--loading', '1:2:2')).toThrow(/not a range/);
    expect(map('--x', '0:2:3', '--loading', '1:2:2')).toThrow(
      /Ge fraction x: 0–2 reaches outside 0–1/,
    );
    expect(map('--x', '0:1:3', '--loading', '4:0.5:3')).toThrow(/upwards/);
    expect(map('--x', '0:1:3', '--loading', '0.5:4:1')).toThrow(/at least 2 points/);
    expect(map('--x', '0:1:3', '--thickness', '1:50:3')).toThrow(/thickness: 1–50 µm/);
    expect(map('--x', '0:1:101', '--loading', '0.5:4:21')).toThrow(/2121 cells; the limit is 2000/);
    expect(map('--x', '0:1:3')).toThrow(/exactly one second axis/);
    expect(map('--x', '0:1:3', '--loading', '2')).toThrow(/exactly one second axis/);
    expect(map('--loading', '1:2:2', '--radius', '1:2:2')).toThrow(/exactly one second axis/);
    expect(() => runCli(['map', '--x', '0:1:3', '--loading', '1:2:2'])).toThrow(/needs --figure/);
    expect(() => runCli(['map', '--figure', 'joy', '--loading', '1:2:2'])).toThrow(
      /"joy" is not one of retention3C, capacity, ice/,
    );
    expect(() =>
      runCli(['map', '--figure', 'capacity', '--rate', '50', '--loading', '1:2:2']),
    ).toThrow(/C-rate must be within 0\.05–10/);
    // Ranges are map's: evaluate still wants one number.
    expect(() => runCli(['evaluate', '--x', '0:1:3'])).toThrow(/not a number/);
    expect(() => runCli(['evaluate', '--figure', 'ice'])).toThrow(/Unknown option --figure/);
  });
});

describe('sige params', () => {
  it('prints the BPX or PyBaMM parameter set at the given inputs', () => {
    const bpx = JSON.parse(runCli(['params', '--format', 'bpx', '--x', '0.25']));
    expect(bpx.Header.Model).toBe('Partial');
    expect(bpx.Header.Title).toMatch(/x = 0\.25/);
    const pybamm = JSON.parse(runCli(['params', '--format=pybamm', '--radius', '2']));
    expect(pybamm.Parameters['Negative particle radius [m]']).toBeCloseTo(2e-6, 12);
    expect(() => runCli(['params'])).toThrow(/needs --format bpx or --format pybamm/);
    expect(() => runCli(['params', '--format', 'csv'])).toThrow(/not one of bpx, pybamm/);
  });
});

describe('sige import', () => {
  const cycler = (name: string) =>
    fileURLToPath(new URL(`../fixtures/cycler/${name}`, import.meta.url));

  it('prints the format, the cycles and each series as JSON', () => {
    const out = JSON.parse(runCli(['import', cycler('eclab_comma.mpt'), '--json']));
    expect(out.format).toBe('ec-lab');
    expect(out.formatLabel).toBe('EC-Lab text export');
    expect(out.cycles).toBe(2);
    expect(out.series).toEqual([
      { kind: 'lithiation', cycle: 1, n: 6, columns: ['capacity_mAh', 'voltage_V'] },
      { kind: 'delithiation', cycle: 1, n: 5, columns: ['capacity_mAh', 'voltage_V'] },
      { kind: 'lithiation', cycle: 2, n: 6, columns: ['capacity_mAh', 'voltage_V'] },
      { kind: 'delithiation', cycle: 2, n: 5, columns: ['capacity_mAh', 'voltage_V'] },
    ]);
    expect(out.rateTable).toBeUndefined();
  });

  it('adds mAh/g with --mass, a short table without --json, and says a cut-off row', () => {
    const warnings: string[] = [];
    const text = runCli(['import', cycler('arbin_truncated.csv'), '--mass', '0.05'], (w) =>
      warnings.push(w),
    );
    expect(text.split('\n')).toEqual([
      'format  Arbin CSV (arbin)',
      'cycles  2',
      '',
      'cycle  kind          points  capacity_mAh',
      '1      lithiation    6       0.05',
      '1      delithiation  5       0.04',
      '2      lithiation    6       0.05',
      '2      delithiation  4       0.03',
    ]);
    expect(warnings).toEqual([expect.stringMatching(/^Line 27 is cut off/)]);
    const json = JSON.parse(runCli(['import', cycler('arbin.csv'), '--mass=0.05', '--json']));
    expect(json.series[0].columns).toContain('capacity_mAh_per_g');
    const rates = JSON.parse(runCli(['import', cycler('rate_table.csv'), '--json']));
    expect(rates.rateTable[0]).toEqual({ cRate: 0.1, capacity_mAh_per_g: 1210 });
  });

  it('refuses a bad file, a missing file, model options and a second file', () => {
    expect(() => runCli(['import', cycler('arbin_bad_cell.csv')])).toThrow(
      new UsageError("Line 14, column 'Voltage(V)': 'abc' is not a number."),
    );
    expect(() => runCli(['import', cycler('generic.csv')])).toThrow(/map its columns in the page/);
    expect(() => runCli(['import', 'no-such-file.csv'])).toThrow(/Cannot read no-such-file\.csv/);
    expect(() => runCli(['import'])).toThrow(/import needs a file/);
    expect(() => runCli(['import', cycler('arbin.csv'), '--x', '0.1'])).toThrow(
      'Unknown option --x for import.',
    );
    expect(() => runCli(['import', cycler('arbin.csv'), cycler('neware.csv')])).toThrow(
      /Unexpected argument/,
    );
    expect(() => runCli(['import', cycler('arbin.csv'), '--mass', '-1'])).toThrow(
      /active mass must be a positive number of mg/,
    );
    expect(() => runCli(['evaluate', 'arbin.csv'])).toThrow(/Unexpected argument/);
  });
});

describe('the CLI process', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

  it('exits 0 with JSON on stdout', () => {
    const out = execFileSync(tsx, ['scripts/cli.ts', 'evaluate', '--x', '0.0625', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(out).xGe).toBe(0.0625);
  });

  it('exits 2 for a what-if multiplier out of range, and warns on stderr of an ignored thickness', () => {
    const bad = spawnSync(tsx, ['scripts/cli.ts', 'evaluate', '--sigma-e-scale', '1000'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/What-if multiplier of σe: 1000 is outside 0\.01–100/);
    const both = spawnSync(
      tsx,
      ['scripts/cli.ts', 'evaluate', '--thickness', '12', '--loading', '2', '--json'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(both.status).toBe(0);
    expect(both.stderr).toMatch(/^sige: warning: Electrode thickness 12 µm ignored/);
    expect(JSON.parse(both.stdout).loading_mg_per_cm2).toBe(2);
  });

  it('prints the usage for --help and help, and exits 0', () => {
    for (const argv of [['--help'], ['help'], ['evaluate', '--help']]) {
      const r = spawnSync(tsx, ['scripts/cli.ts', ...argv], { cwd: root, encoding: 'utf8' });
      expect(r.status, argv.join(' ')).toBe(0);
      expect(r.stdout, argv.join(' ')).toMatch(/^Usage: npm run sige -- <command>/);
    }
  });

  it('imports a cycler file, and exits 2 with the parser message for a bad one', () => {
    const good = spawnSync(
      tsx,
      ['scripts/cli.ts', 'import', 'test/fixtures/cycler/maccor.txt', '--json'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).format).toBe('maccor');
    const bad = spawnSync(
      tsx,
      ['scripts/cli.ts', 'import', 'test/fixtures/cycler/arbin_bad_cell.csv', '--json'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("sige: Line 14, column 'Voltage(V)': 'abc' is not a number.\n");
    expect(bad.stdout).toBe('');
  });

  it('exits 2 with a message on stderr for a bad map range', () => {
    const r = spawnSync(
      tsx,
      ['scripts/cli.ts', 'map', '--figure', 'ice', '--x', '1:0:3', '--loading', '1:2:2'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('sige: Ge fraction x: the range must run upwards (1 > 0).\n');
    expect(r.stdout).toBe('');
  });

  it('exits 2 with a message on stderr for bad arguments', () => {
    const r = spawnSync(tsx, ['scripts/cli.ts', 'evaluate', '--x', 'two'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Ge fraction x: "two" is not a number/);
    expect(r.stdout).toBe('');
  });
});
