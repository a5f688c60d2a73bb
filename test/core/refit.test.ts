import { beforeAll, describe, expect, it } from 'vitest';
import { KINETIC_PARAMETERS } from '../../src/core/calibration/kineticParameters';
import { invert, parameterUncertainty } from '../../src/core/calibration/uncertainty';
import type { CellDataSet, CellSeries } from '../../src/core/cellData';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { computeKinetics } from '../../src/core/kinetics/api';
import { CALIBRATED_PARAMS, type KineticParams } from '../../src/core/params';
import {
  refit,
  RefitError,
  refitSetFromJson,
  refitSetToJson,
  refitTargets,
  resolveParameters,
  type RefitOptions,
  type RefitResult,
} from '../../src/core/refit';
import { RESIDUAL_PENALTY, residualsOf, scoresOf } from '../../src/core/refit/residuals';

/** Moved well away from the calibration (0.50 and −2.86 decades), by several tolerances. */
const TRUTH: KineticParams = {
  ...CALIBRATED_PARAMS.kinetics,
  ionicLithiationGain_decades: 0.9,
  diffusivityDiluteEnd_decades: -1.5,
};
/** Few rates keep each evaluation short; 3 C carries Γi, the first cycle and 0.2 C carry δ₀. */
const RATES = [0.2, 1, 3];
const CELL = { inputs: DEFAULT_INPUTS, choices: DEFAULT_CHOICES } as const;

function halfCycle(kind: CellSeries['kind'], capacity_mAh_per_g: number): CellSeries {
  return {
    kind,
    cycle: 1,
    n: 2,
    columns: ['capacity_mAh', 'voltage_V', 'capacity_mAh_per_g'],
    capacity_mAh: [0, capacity_mAh_per_g / 1000],
    voltage_V: kind === 'lithiation' ? [0.6, 0.05] : [0.05, 1.2],
    capacity_mAh_per_g: [0, capacity_mAh_per_g],
  };
}

/** The model's own figures at TRUTH as an imported data set: the first cycle and a rate table. */
function syntheticData({ firstCycle = true } = {}): CellDataSet {
  const k = computeKinetics(CELL.inputs, CELL.choices, { ...CALIBRATED_PARAMS, kinetics: TRUTH });
  return {
    status: 'parsed',
    format: 'tidy',
    formatLabel: 'synthetic',
    cycles: firstCycle ? 1 : 0,
    series: firstCycle
      ? [
          halfCycle('lithiation', k.formation.lithiation_mAh_per_g),
          halfCycle('delithiation', k.formation.delithiation_mAh_per_g),
        ]
      : [],
    rateTable: k.rateCurve.filter((p) => RATES.includes(p.cRate)),
    activeMass_mg: 1,
    warnings: [],
  };
}

/** About 5 s for the two-parameter refit on an idle 2-core machine; room for a busy one. */
const SLOW = 120_000;

const options = (extra: Partial<RefitOptions> & Pick<RefitOptions, 'params'>): RefitOptions => ({
  ...CELL,
  ...extra,
});

describe('refit on synthetic data', () => {
  const data = syntheticData();
  const progress: [number, number][] = [];
  let result: RefitResult;
  beforeAll(() => {
    result = refit(
      data,
      options({
        params: ['ionicLithiationGain_decades', 'diffusivityDiluteEnd_decades'],
        onProgress: (evaluations, best) => progress.push([evaluations, best]),
      }),
    );
  }, SLOW);

  it('evaluates the model at the data’s own rates, as computeKinetics does', () => {
    const atTruth = refit(
      data,
      options({ params: ['ionicLithiationGain_decades'], start: TRUTH, maxEvaluations: 1 }),
    );
    expect(atTruth.residuals.map((r) => r.label)).toEqual([
      'first lithiation (0.1 C)',
      'first delithiation (0.1 C)',
      'capacity at 0.2 C',
      'capacity at 1 C',
      'capacity at 3 C',
    ]);
    for (const r of atTruth.residuals) expect(Math.abs(r.relative), r.label).toBeLessThan(1e-12);
    expect(atTruth.notes).toEqual([expect.stringMatching(/used all 1 evaluations/)]);
  });

  it('recovers two parameters moved from the calibration within 1σ, σ finite', () => {
    expect(result.stopped).toBe(false);
    expect(result.notes).toEqual([]);
    expect(result.fitted.map((f) => f.key)).toEqual([
      'ionicLithiationGain_decades',
      'diffusivityDiluteEnd_decades',
    ]);
    for (const f of result.fitted) {
      const truth = TRUTH[f.key];
      expect(Number.isFinite(f.sigma), f.key).toBe(true);
      expect(Math.abs(f.value - truth), `${f.key}: ${f.value} ± ${f.sigma}`).toBeLessThanOrEqual(
        f.sigma,
      );
      expect(f.pinned, f.key).toBe(true);
      expect(f.warning).toBeUndefined();
      expect(result.params[f.key]).toBe(f.value);
    }
    // Every other parameter stays at the calibration.
    for (const spec of KINETIC_PARAMETERS.slice(3)) {
      expect(result.params[spec.key]).toBe(CALIBRATED_PARAMS.kinetics[spec.key]);
    }
    for (const r of result.residuals) expect(Math.abs(r.relative), r.label).toBeLessThan(0.01);
  });

  it('reports progress after every evaluation, the best score never rising', () => {
    expect(progress.map(([n]) => n)).toEqual(progress.map((_, i) => i + 1));
    expect(progress.at(-1)?.[0]).toBe(result.evaluations);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]?.[1]).toBeLessThanOrEqual(progress[i - 1]?.[1] ?? Infinity);
    }
    expect(result.score).toBeLessThan(progress[0]?.[1] ?? 0);
  });

  it('saves the refit set as JSON and loads it back unchanged', () => {
    const meta = { dataFile: 'synthetic.csv', xGe: 0.125, loading: null, converged: true };
    const loaded = refitSetFromJson(refitSetToJson(result, meta));
    expect(loaded.params).toEqual(result.params);
    expect(loaded.fitted).toEqual(result.fitted);
    expect(loaded.residuals).toEqual(result.residuals);
    expect(loaded.meta).toEqual(meta);
  });
});

describe('refit: what the data cannot say', () => {
  it(
    'warns that rate data alone cannot pin the side reaction',
    () => {
      const result = refit(
        syntheticData({ firstCycle: false }),
        options({ params: ['log10SideFilm1h_C_per_cm2'], maxEvaluations: 30 }),
      );
      const [q] = result.fitted;
      expect(q?.key).toBe('log10SideFilm1h_C_per_cm2');
      expect(q?.pinned).toBe(false);
      expect(q?.sigma).toBeGreaterThan(3);
      expect(q?.warning).toMatch(/^The data cannot pin q1h \(q₁ₕ, log10SideFilm1h_C_per_cm2\): /);
    },
    SLOW,
  );

  it('stops between evaluations when asked, with the best point so far', () => {
    const seen: number[] = [];
    const result = refit(
      syntheticData(),
      options({
        params: ['ionicLithiationGain_decades', 'diffusivityDiluteEnd_decades'],
        onProgress: (_, best) => seen.push(best),
        shouldStop: () => seen.length >= 3,
      }),
    );
    expect(result.stopped).toBe(true);
    expect(result.evaluations).toBe(3);
    expect(result.score).toBe(Math.min(...seen));
    for (const f of result.fitted) {
      expect(f.sigma).toBeNaN();
      expect(f.pinned).toBe(false);
      expect(f.warning).toMatch(/stopped before/);
    }
  });

  it('refuses unknown names, a bad start and data with nothing to fit, in words', () => {
    const data = syntheticData({ firstCycle: false });
    expect(() =>
      refit(
        data,
        options({
          params: ['ionicLithiationGain_decades', 'kappa' as 'ionicLithiationGain_decades'],
        }),
      ),
    ).toThrow(
      /Unknown parameter name "kappa"; the parameters that can be refit are gammaE \(Γe, electronicLithiationGain_decades\), gammaI/,
    );
    expect(() => refit(data, options({ params: [] }))).toThrow(RefitError);
    expect(() => resolveParameters(['Γi', 'gammaI'])).toThrow(/more than once/);
    expect(resolveParameters(['δ₀', 'IONICLITHIATIONGAIN_DECADES']).map((s) => s.symbol)).toEqual([
      'Γi',
      'δ₀',
    ]);
    const start = { ...TRUTH, ionicLithiationGain_decades: 7 };
    expect(() => refit(data, options({ params: ['ionicLithiationGain_decades'], start }))).toThrow(
      /outside its range/,
    );
    const empty: CellDataSet = { ...data, rateTable: undefined };
    expect(() => refitTargets(empty)).toThrow(/Nothing to fit/);
  });

  it('takes the first cycle from the active mass, and leaves out points it cannot use', () => {
    const data = syntheticData();
    const noPerGram = data.series.map(({ capacity_mAh_per_g: _, ...s }) => ({
      ...s,
      columns: s.columns.filter((c) => c !== 'capacity_mAh_per_g'),
    }));
    const bare: CellDataSet = {
      ...data,
      series: noPerGram,
      activeMass_mg: undefined,
      rateTable: [{ cRate: 0, capacity_mAh_per_g: 100 }],
    };
    expect(() => refitTargets(bare)).toThrow(/Nothing to fit.*give the active mass/);
    const { targets, notes } = refitTargets(bare, 2);
    // 1 mAh/g of the synthetic series is 1 µAh: with 2 mg, half a mAh/g.
    expect(targets.map((t) => t.data)).toEqual(
      data.series.map((s) => (s.capacity_mAh_per_g?.at(-1) ?? 0) / 2),
    );
    expect(notes).toEqual([
      expect.stringMatching(/^The rate point \(0 C, 100 mAh\/g\) is left out/),
    ]);
  });
});

describe('refit residuals', () => {
  it('are relative, and a missing model value weighs as a large finite penalty', () => {
    const targets = [
      { label: 'capacity at 1 C', kind: 'rate', cRate: 1, data: 2000 },
      { label: 'capacity at 3 C', kind: 'rate', cRate: 3, data: 1000 },
    ] as const;
    const rows = residualsOf(targets, [2100, Number.NaN]);
    expect(rows.map((r) => r.relative)).toEqual([0.05, RESIDUAL_PENALTY]);
    expect(scoresOf(rows, 5)).toEqual([1, 200]);
  });
});

describe('parameter uncertainty on a subset', () => {
  // Scores linear in two parameters: covariance (AᵀA)⁻¹ exactly, the rest untouched.
  const keys = ['ionicLithiationGain_decades', 'siliconCoreFraction'] as const;
  const A = [
    [4, 1],
    [1, 3],
    [2, -2],
  ];
  const scores = (p: KineticParams) =>
    A.map(([a = 0, b = 0]) => a * (p[keys[0]] - 1) + b * (p[keys[1]] - 0.2));
  const at = { ...CALIBRATED_PARAMS.kinetics, [keys[0]]: 1, [keys[1]]: 0.2 };

  it('gives sqrt of the diagonal of (JᵀJ)⁻¹ for the chosen parameters', () => {
    const specs = KINETIC_PARAMETERS.filter((s) => (keys as readonly string[]).includes(s.key));
    const normal = [0, 1].map((i) =>
      [0, 1].map((j) => A.reduce((s, row) => s + (row[i] ?? 0) * (row[j] ?? 0), 0)),
    );
    const inverse = invert(normal);
    const rows = parameterUncertainty(at, scores, specs);
    expect(rows.map((r) => r.key)).toEqual(keys);
    rows.forEach((r, i) => expect(r.sigma).toBeCloseTo(Math.sqrt(inverse?.[i]?.[i] ?? 0), 9));
    // All seven (the calibration's call): the five that do not act are unidentified.
    const all = parameterUncertainty(at, scores);
    expect(all.map((r) => r.key)).toEqual(KINETIC_PARAMETERS.map((s) => s.key));
    for (const r of all) expect(r.sigma).toBe(Infinity);
  });
});

describe('refit parameter set JSON', () => {
  const { key, symbol, unit, min, max } = KINETIC_PARAMETERS[0]!;
  const gammaE = { key, symbol, unit, min, max };
  const result = {
    params: TRUTH,
    fitted: [
      {
        ...gammaE,
        value: TRUTH.electronicLithiationGain_decades,
        sigma: Infinity,
        atBound: false,
        pinned: false,
        warning:
          'The data cannot pin gammaE (Γe, electronicLithiationGain_decades): the residuals do not change when it moves, so it has no finite uncertainty.',
      },
    ],
    residuals: [{ label: 'capacity at 3 C', data: 2000, model: NaN, relative: 10 }],
  };
  const saved = JSON.parse(refitSetToJson(result)) as Record<string, unknown>;
  const withChange = (change: Record<string, unknown>) => JSON.stringify({ ...saved, ...change });

  it('writes null for an infinite sigma and a missing model value, and reads them back', () => {
    expect(saved.format).toBe('sige-explorer-refit');
    const loaded = refitSetFromJson(JSON.stringify(saved));
    expect(loaded.fitted).toEqual(result.fitted);
    expect(loaded.residuals[0]?.model).toBeNaN();
    expect(loaded.meta).toEqual({});
  });

  it('says what is wrong with a bad file, and never throws anything but a RefitError', () => {
    const cases: [string, RegExp][] = [
      ['{"format": ', /not valid JSON/],
      ['[1, 2]', /not a SiGe Explorer refit parameter set/],
      [withChange({ version: 2 }), /Version 2 .* not supported/],
      [withChange({ params: 'all' }), /"params" must be an object, not "all"/],
      [
        withChange({ params: { ...TRUTH, kappa: 1 } }),
        /unknown parameter "kappa"; the parameters are gammaE/,
      ],
      [
        withChange({ params: { ...TRUTH, ionicLithiationGain_decades: 12 } }),
        /params\.ionicLithiationGain_decades = 12 is outside its range 0 to 5/,
      ],
      [
        withChange({ params: { ...TRUTH, coreTransportExponent: '0.2' } }),
        /params\.coreTransportExponent must be a number, not "0\.2"/,
      ],
      [
        withChange({ params: { coreTransportExponent: 0.2 } }),
        /"params" lacks electronicLithiationGain_decades/,
      ],
      [
        withChange({ fitted: [{ key: 'electronicLithiationGain_decades', value: 1, sigma: 1 }] }),
        /differs from params/,
      ],
      [
        withChange({
          fitted: [
            {
              key: 'electronicLithiationGain_decades',
              value: TRUTH.electronicLithiationGain_decades,
              sigma: 'big',
            },
          ],
        }),
        /sigma must be a number or null/,
      ],
      [withChange({ fitted: {} }), /"fitted" must be a list/],
      [withChange({ residuals: [3] }), /residuals\[0\] must be an object/],
      [withChange({ meta: { cell: { x: 1 } } }), /meta\.cell must be a text, number/],
    ];
    for (const [text, message] of cases) {
      expect(() => refitSetFromJson(text), text.slice(0, 60)).toThrow(RefitError);
      expect(() => refitSetFromJson(text), text.slice(0, 60)).toThrow(message);
    }
  });
});
