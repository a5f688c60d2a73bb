/**
 * Refit chosen kinetic parameters to a user's cell data: Nelder–Mead over those parameters
 * alone, inside their ranges, the others held; then each one's uncertainty from the Jacobian
 * at the optimum and whether the data pin it.
 */
import type { KineticParameterSpec } from '../calibration/kineticParameters';
import { nelderMead } from '../calibration/nelderMead';
import { parameterUncertainty } from '../calibration/uncertainty';
import type { CellDataSet } from '../cellData';
import type { CellSettings } from '../kinetics/cell';
import { cellSettingsOf } from '../kinetics/cellSettings';
import { CALIBRATED_PARAMS, type KineticParams } from '../params';
import { RefitError } from './errors';
import { modelFigures } from './modelFigures';
import { resolveParameters } from './parameterNames';
import { fittedParameter, unassessedParameter } from './pinning';
import { DEFAULT_TOLERANCE_PERCENT, residualsOf, scoresOf, sumOfSquares } from './residuals';
import { refitTargets, type RefitTargets } from './targets';
import type { FittedParameter, RefitOptions, RefitResidual, RefitResult } from './types';

/** Default budget of model evaluations: BASE_EVALUATIONS + EVALUATIONS_PER_PARAMETER per key. */
export const BASE_EVALUATIONS = 40;
export const EVALUATIONS_PER_PARAMETER = 60;
/** Restarts of the simplex from the best point: a collapsed simplex gets a second look. */
const ROUNDS = 2;
/**
 * Spread of the least squares across the simplex that ends a round: a score of 1 is one
 * standard deviation, so 10⁻³ is far below what moves a value by a fraction of its sigma.
 */
const SPREAD = 1e-3;

/** Ends the simplex from inside its objective: the caller stopped, or the budget is spent. */
class SearchEnded extends Error {
  constructor(readonly reason: 'stopped' | 'budget') {
    super(`refit search ended: ${reason}`);
  }
}

interface Evaluated {
  readonly params: KineticParams;
  readonly rows: RefitResidual[];
  readonly score: number;
}

function startOf(options: RefitOptions, specs: readonly KineticParameterSpec[]): KineticParams {
  const start = options.start ?? CALIBRATED_PARAMS.kinetics;
  for (const spec of specs) {
    const v = start[spec.key];
    if (!(Number.isFinite(v) && v >= spec.min && v <= spec.max)) {
      throw new RefitError(
        `The start of ${spec.symbol} (${spec.key}), ${v}, is outside its range ${spec.min} to ${spec.max}.`,
      );
    }
  }
  return start;
}

/**
 * The model against the data for one parameter set, counting evaluations, keeping the best
 * and reporting progress. A repeat of the best point (a restart's first vertex, the
 * Jacobian's centre) costs nothing; before every evaluation but the first, the caller may stop.
 */
class Evaluator {
  count = 0;
  best: Evaluated | undefined;
  /**
   * Set once the search has ended: the uncertainty's probes around the optimum are not part
   * of the search, so one that happens to score better (near a bound) must not become the
   * "best so far" that progress reports, while the result keeps the search's optimum.
   */
  settled = false;

  constructor(
    private readonly targets: RefitTargets['targets'],
    private readonly cell: CellSettings,
    private readonly options: RefitOptions,
    private readonly specs: readonly KineticParameterSpec[],
    private readonly tolerance: number,
  ) {}

  evaluate(params: KineticParams): Evaluated {
    const best = this.best;
    if (best && this.specs.every((s) => best.params[s.key] === params[s.key])) return best;
    if (this.count > 0 && this.options.shouldStop?.()) throw new SearchEnded('stopped');
    const model = modelFigures(this.targets, this.cell, { ...CALIBRATED_PARAMS, kinetics: params });
    const rows = residualsOf(this.targets, model);
    const point = { params, rows, score: sumOfSquares(this.scores(rows)) };
    this.count += 1;
    if (!this.settled && (!best || point.score < best.score)) this.best = point;
    const now = this.best ?? point;
    this.options.onProgress?.(this.count, now.score, now.params);
    return point;
  }

  scores(rows: readonly RefitResidual[]): number[] {
    return scoresOf(rows, this.tolerance);
  }
}

/** Nelder–Mead rounds within the budget; how the search ended. */
function search(
  evaluator: Evaluator,
  specs: readonly KineticParameterSpec[],
  start: KineticParams,
  cap: number,
): 'converged' | SearchEnded['reason'] {
  const inRange = (v: readonly number[]) =>
    specs.every((spec, i) => (v[i] as number) >= spec.min && (v[i] as number) <= spec.max);
  const objective = (v: readonly number[]) => {
    if (!inRange(v)) return Number.MAX_VALUE;
    if (evaluator.count >= cap) throw new SearchEnded('budget');
    const params = { ...start, ...Object.fromEntries(specs.map((s, i) => [s.key, v[i]])) };
    return evaluator.evaluate(params).score;
  };
  let point = specs.map((spec) => start[spec.key]);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Each first edge points inwards where a step would leave the range.
      const steps = specs.map((s, i) => ((point[i] as number) + s.step > s.max ? -s.step : s.step));
      point = nelderMead(objective, point, { steps, tolerance: SPREAD }).point;
    }
    return 'converged';
  } catch (error) {
    if (error instanceof SearchEnded) return error.reason;
    throw error;
  }
}

/** Each parameter's uncertainty at the optimum; undefined if the caller stopped meanwhile. */
function assess(
  evaluator: Evaluator,
  found: Evaluated,
  specs: readonly KineticParameterSpec[],
): FittedParameter[] | undefined {
  try {
    const scores = (p: KineticParams) => evaluator.scores(evaluator.evaluate(p).rows);
    return parameterUncertainty(found.params, scores, specs).map(fittedParameter);
  } catch (error) {
    if (error instanceof SearchEnded) return undefined;
    throw error;
  }
}

export function refit(data: CellDataSet, options: RefitOptions): RefitResult {
  const specs = resolveParameters(options.params);
  const { targets, notes: dataNotes } = refitTargets(data, options.activeMass_mg);
  const tolerance = options.tolerance_percent ?? DEFAULT_TOLERANCE_PERCENT;
  if (!(Number.isFinite(tolerance) && tolerance > 0)) {
    throw new RefitError(`The tolerance must be a positive per cent, not ${tolerance}.`);
  }
  const start = startOf(options, specs);
  const cap = Math.max(
    1,
    options.maxEvaluations ?? BASE_EVALUATIONS + EVALUATIONS_PER_PARAMETER * specs.length,
  );
  const cell = cellSettingsOf(options.inputs, options.choices);
  const evaluator = new Evaluator(targets, cell, options, specs, tolerance);
  const ended = search(evaluator, specs, start, cap);
  // The search's first evaluation is never refused, so there is a best point.
  const found = evaluator.best ?? evaluator.evaluate(start);
  evaluator.settled = true;
  const fitted = ended === 'stopped' ? undefined : assess(evaluator, found, specs);
  const notes = [...dataNotes];
  if (ended === 'budget') {
    notes.push(
      `The search used all ${cap} evaluations allowed; the values may not have converged.`,
    );
  }
  return {
    params: found.params,
    fitted: fitted ?? specs.map((spec) => unassessedParameter(spec, found.params[spec.key])),
    residuals: found.rows,
    evaluations: evaluator.count,
    stopped: fitted === undefined,
    score: found.score,
    notes,
  };
}
