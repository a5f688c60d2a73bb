/**
 * What the full-cell evaluation had to flag instead of throwing: extreme or missing inputs
 * are clamped or replaced, and each such step is reported once, in plain words.
 */
export type FullCellIssueCode =
  /** The cathode's first charge holds more Li than the anode can take: the rest plates. */
  | 'plating'
  /** A setting or anode figure lay outside its physical range and was clamped. */
  | 'clamped'
  /** The anode delivers no reversible capacity, so no cathode can be balanced against it. */
  | 'noAnodeCapacity'
  /** No anode rate curve: the anode is treated as never rate-limiting. */
  | 'noAnodeRateCurve'
  /** A supplied curve had too few usable points and its fallback was used. */
  | 'curveFallback';

export interface FullCellIssue {
  readonly code: FullCellIssueCode;
  readonly message: string;
}

/** Collects issues during one evaluation. */
export class IssueLog {
  private readonly list: FullCellIssue[] = [];

  add(code: FullCellIssueCode, message: string): void {
    this.list.push({ code, message });
  }

  has(code: FullCellIssueCode): boolean {
    return this.list.some((i) => i.code === code);
  }

  get all(): readonly FullCellIssue[] {
    return this.list.slice();
  }
}

/**
 * A setting's type is checked strictly (a wrong type is a programming error and throws);
 * its value is then clamped to a physical range, with a note when that changed it.
 */
export function checkedNumber(
  name: string,
  raw: unknown,
  min: number,
  max: number,
  log: IssueLog,
): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    throw new TypeError(`${name} must be a finite number, got ${String(raw)}`);
  }
  return clampNoted(name, raw, min, max, log);
}

/**
 * A set of ranged numbers: each the override if given, else the default, then checked as
 * checkedNumber does (`prefix key` names it in a note). Overrides that are not an object
 * are a programming error, named by `what`.
 */
export function checkedNumbers<K extends string>(
  what: string,
  prefix: string,
  ranges: Readonly<Record<K, readonly [number, number]>>,
  defaults: Readonly<Record<K, number>>,
  overrides: Partial<Record<K, unknown>> | undefined,
  log: IssueLog,
): Record<K, number> {
  if (overrides !== undefined && (typeof overrides !== 'object' || overrides === null)) {
    throw new TypeError(`${what} must be an object`);
  }
  const out = {} as Record<K, number>;
  for (const key of Object.keys(ranges) as K[]) {
    const [min, max] = ranges[key];
    out[key] = checkedNumber(`${prefix} ${key}`, overrides?.[key] ?? defaults[key], min, max, log);
  }
  return out;
}

/** Clamps a finite value into [min, max], noting it when it moved. */
export function clampNoted(
  name: string,
  value: number,
  min: number,
  max: number,
  log: IssueLog,
): number {
  const clamped = Math.min(max, Math.max(min, value));
  if (clamped !== value)
    log.add('clamped', `${name} = ${value} is outside ${min}…${max}; used ${clamped}.`);
  return clamped;
}

/**
 * Anode figures come from a model, not a person: a non-finite or negative number there means
 * "nothing delivered", so it becomes 0 with a note rather than an exception.
 */
export function nonNegative(name: string, raw: unknown, log: IssueLog): number {
  if (typeof raw !== 'number') throw new TypeError(`${name} must be a number, got ${typeof raw}`);
  if (!Number.isFinite(raw) || raw < 0) {
    log.add('clamped', `${name} = ${raw} is not a finite non-negative number; used 0.`);
    return 0;
  }
  return raw;
}
