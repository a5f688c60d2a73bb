/**
 * A refit parameter set as a JSON file, and back. Loading checks everything a hand-edited
 * or foreign file can get wrong and says what, in a RefitError; it never throws anything else.
 * Whether a parameter is pinned, and the warning, are judged afresh from its value and sigma.
 */
import { KINETIC_PARAMETERS, type KineticParameterSpec } from '../calibration/kineticParameters';
import type { KineticParams } from '../params';
import { RefitError } from './errors';
import { validParameterNames } from './parameterNames';
import { assessedParameter } from './pinning';
import type { FittedParameter, RefitResidual, RefitResult } from './types';

export const REFIT_FORMAT = 'sige-explorer-refit';
export const REFIT_VERSION = 1;

/** What the caller records beside the values: data file, date, cell inputs… (flat values). */
export type RefitMeta = Readonly<Record<string, string | number | boolean | null>>;

export interface RefitSet {
  readonly params: KineticParams;
  readonly fitted: readonly FittedParameter[];
  readonly residuals: readonly RefitResidual[];
  readonly meta: RefitMeta;
}

/** JSON has no Infinity or NaN: a value without a finite number is written as null. */
const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

/** The values, uncertainties and residuals as JSON can hold them (no Infinity, no NaN). */
export function refitJsonView(result: Pick<RefitResult, 'params' | 'fitted' | 'residuals'>) {
  return {
    params: result.params,
    fitted: result.fitted.map((f) => ({ ...f, sigma: finiteOrNull(f.sigma) })),
    residuals: result.residuals.map((r) => ({ ...r, model: finiteOrNull(r.model) })),
  };
}

export function refitSetToJson(
  result: Pick<RefitResult, 'params' | 'fitted' | 'residuals'>,
  meta: RefitMeta = {},
): string {
  const file = { format: REFIT_FORMAT, version: REFIT_VERSION, meta, ...refitJsonView(result) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

type Json = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

function numberAt(where: string, v: unknown, nullable = false): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (nullable && v === null) return Number.NaN;
  throw new RefitError(`${where} must be a number${nullable ? ' or null' : ''}, not ${shown(v)}.`);
}

function arrayAt(file: Json, name: string): readonly unknown[] {
  const v = file[name] ?? [];
  if (!Array.isArray(v)) throw new RefitError(`"${name}" must be a list, not ${shown(v)}.`);
  return v;
}

function specOf(where: string, key: unknown): KineticParameterSpec {
  const spec = KINETIC_PARAMETERS.find((s) => s.key === key);
  if (spec === undefined) {
    throw new RefitError(
      `${where}: unknown parameter ${shown(key)}; the parameters are ${validParameterNames()}.`,
    );
  }
  return spec;
}

function paramsOf(v: unknown): KineticParams {
  if (!isObject(v)) throw new RefitError(`"params" must be an object, not ${shown(v)}.`);
  for (const key of Object.keys(v)) specOf('"params"', key);
  const missing = KINETIC_PARAMETERS.filter((s) => !(s.key in v)).map((s) => s.key);
  if (missing.length > 0) throw new RefitError(`"params" lacks ${missing.join(', ')}.`);
  const entries = KINETIC_PARAMETERS.map((spec) => {
    const value = numberAt(`params.${spec.key}`, v[spec.key]);
    if (value < spec.min || value > spec.max) {
      throw new RefitError(
        `params.${spec.key} = ${value} is outside its range ${spec.min} to ${spec.max}.`,
      );
    }
    return [spec.key, value] as const;
  });
  return Object.fromEntries(entries) as unknown as KineticParams;
}

function fittedOf(list: readonly unknown[], params: KineticParams): FittedParameter[] {
  return list.map((entry, i) => {
    const where = `fitted[${i}]`;
    if (!isObject(entry)) throw new RefitError(`${where} must be an object, not ${shown(entry)}.`);
    const spec = specOf(where, entry.key);
    const value = numberAt(`${where}.value`, entry.value);
    if (value !== params[spec.key]) {
      throw new RefitError(
        `${where}.value (${value}) differs from params.${spec.key} (${params[spec.key]}).`,
      );
    }
    const sigma = numberAt(`${where}.sigma`, entry.sigma, true);
    // null is "no finite uncertainty": what a refit that cannot pin the value reports.
    return assessedParameter(spec, value, Number.isNaN(sigma) ? Number.POSITIVE_INFINITY : sigma);
  });
}

function savedResiduals(list: readonly unknown[]): RefitResidual[] {
  return list.map((entry, i) => {
    const where = `residuals[${i}]`;
    if (!isObject(entry) || typeof entry.label !== 'string') {
      throw new RefitError(`${where} must be an object with a "label" text.`);
    }
    return {
      label: entry.label,
      data: numberAt(`${where}.data`, entry.data),
      model: numberAt(`${where}.model`, entry.model, true),
      relative: numberAt(`${where}.relative`, entry.relative),
    };
  });
}

function metaOf(v: unknown): RefitMeta {
  if (v === undefined) return {};
  if (!isObject(v)) throw new RefitError(`"meta" must be an object, not ${shown(v)}.`);
  for (const [key, value] of Object.entries(v)) {
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
      throw new RefitError(`meta.${key} must be a text, number, true/false or null.`);
    }
  }
  return v as RefitMeta;
}

export function refitSetFromJson(text: string): RefitSet {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RefitError(`The refit parameter set is not valid JSON: ${detail}`);
  }
  if (!isObject(file) || file.format !== REFIT_FORMAT) {
    throw new RefitError(
      `This is not a SiGe Explorer refit parameter set (it needs "format": "${REFIT_FORMAT}").`,
    );
  }
  if (file.version !== REFIT_VERSION) {
    throw new RefitError(
      `Version ${shown(file.version)} of the refit parameter set is not supported; this explorer reads version ${REFIT_VERSION}.`,
    );
  }
  const params = paramsOf(file.params);
  return {
    params,
    fitted: fittedOf(arrayAt(file, 'fitted'), params),
    residuals: savedResiduals(arrayAt(file, 'residuals')),
    meta: metaOf(file.meta),
  };
}
