/**
 * Every user-settable input, declared once with its range, default and unit
 * (the PhET habit): the UI builds its controls from this table, the URL codec
 * validates against it, and the CLI parses with it.
 */
export interface InputSpec {
  /** Key used in the URL query, the CLI and the store. */
  readonly key: InputKey;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** Smallest meaningful increment, used for keyboard steps and rounding. */
  readonly step: number;
}

export type InputKey = 'xGe' | 'temperatureC' | 'particleRadiusUm' | 'thicknessUm';

export type ModelInputs = Readonly<Record<InputKey, number>>;

export const INPUT_SPECS: Readonly<Record<InputKey, InputSpec>> = {
  xGe: {
    key: 'xGe',
    label: 'Ge fraction x',
    unit: '',
    min: 0,
    max: 1,
    default: 0.125,
    step: 0.0025,
  },
  temperatureC: {
    key: 'temperatureC',
    label: 'Temperature',
    unit: '°C',
    min: -20,
    max: 80,
    default: 25,
    step: 1,
  },
  particleRadiusUm: {
    key: 'particleRadiusUm',
    label: 'Particle radius',
    unit: 'µm',
    min: 0.05,
    max: 10,
    default: 0.5,
    step: 0.05,
  },
  thicknessUm: {
    key: 'thicknessUm',
    label: 'Electrode thickness',
    unit: 'µm',
    min: 5,
    max: 200,
    default: 25,
    step: 1,
  },
};

export const INPUT_KEYS = Object.keys(INPUT_SPECS) as InputKey[];

export const DEFAULT_INPUTS: ModelInputs = Object.fromEntries(
  INPUT_KEYS.map((k) => [k, INPUT_SPECS[k].default]),
) as Record<InputKey, number>;

export type InputCheck =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Validates one raw value (from a URL, a CLI flag or a text box) against its spec. */
export function checkInput(key: InputKey, raw: string | number): InputCheck {
  const spec = INPUT_SPECS[key];
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) {
    return { ok: false, message: `${spec.label}: "${String(raw)}" is not a number.` };
  }
  if (value < spec.min || value > spec.max) {
    const unit = spec.unit ? ` ${spec.unit}` : '';
    return {
      ok: false,
      message: `${spec.label}: ${value}${unit} is outside ${spec.min}–${spec.max}${unit}.`,
    };
  }
  return { ok: true, value };
}

/** Clamps into range; non-finite values fall back to the default. */
export function clampInput(key: InputKey, value: number): number {
  const spec = INPUT_SPECS[key];
  if (!Number.isFinite(value)) return spec.default;
  return Math.min(spec.max, Math.max(spec.min, value));
}
