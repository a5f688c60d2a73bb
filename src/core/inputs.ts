import { CATHODE_INPUT_DEFAULTS, isCathodeId } from './fullCell/cathodeInputs';
import { DEFAULT_SEPARATOR_ID, SEPARATORS } from './kinetics/separators';
import { keysOf } from './tableKeys';

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
  /**
   * 'log' for a value spanning decades: its slider is linear in log10 of the value, and
   * step is then in decades.
   */
  readonly scale?: 'log';
}

export type InputKey =
  | 'xGe'
  | 'temperatureC'
  | 'particleRadiusUm'
  | 'thicknessUm'
  | 'loadingMgCm2'
  | 'porosity'
  | 'electronicScale'
  | 'ionicScale'
  | 'profileRate1'
  | 'profileRate2'
  | 'profileRate3'
  | 'snapshotRate'
  | 'snapshotDepth'
  | 'npRatio'
  | 'cathodeCapacity'
  | 'cathodeEfficiency'
  | 'cathodeVoltage';

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
    min: 2,
    max: 200,
    default: 5,
    step: 1,
  },
  // Used instead of the thickness when the electrode basis is 'loading' (see electrodeSize.ts).
  loadingMgCm2: {
    key: 'loadingMgCm2',
    label: 'Areal loading',
    unit: 'mg/cm²',
    min: 0.1,
    max: 20,
    default: 1,
    step: 0.01,
  },
  porosity: {
    key: 'porosity',
    label: 'Porosity',
    unit: '',
    min: 0.05,
    max: 0.6,
    default: 0.2,
    step: 0.01,
  },
  electronicScale: multiplierSpec('electronicScale', 'What-if multiplier of σe'),
  ionicScale: multiplierSpec('ionicScale', 'What-if multiplier of σi'),
  profileRate1: rateSpec('profileRate1', 'First profile rate', 0.2),
  profileRate2: rateSpec('profileRate2', 'Second profile rate', 1),
  profileRate3: rateSpec('profileRate3', 'Third profile rate', 3),
  snapshotRate: rateSpec('snapshotRate', 'Rate of the distribution snapshot', 1),
  snapshotDepth: {
    key: 'snapshotDepth',
    label: 'Depth of the snapshot (share of theoretical capacity)',
    unit: '',
    min: 0.02,
    max: 0.98,
    default: 0.5,
    step: 0.01,
  },
  npRatio: {
    key: 'npRatio',
    label: 'N/P ratio of the full cell',
    unit: '',
    min: 0.8,
    max: 3,
    default: 1.1,
    step: 0.05,
  },
  // The cathode's three named figures. Their defaults are the chosen cathode's literature
  // values (see defaultInputsFor); the declared ones are those of the default cathode.
  cathodeCapacity: {
    key: 'cathodeCapacity',
    label: 'Cathode specific capacity',
    unit: 'mAh/g',
    min: 100,
    max: 300,
    default: CATHODE_INPUT_DEFAULTS.ncm.reversibleCapacity_mAh_per_g,
    step: 1,
  },
  cathodeEfficiency: {
    key: 'cathodeEfficiency',
    label: 'Cathode first-cycle efficiency',
    unit: '%',
    min: 50,
    max: 100,
    default: CATHODE_INPUT_DEFAULTS.ncm.firstCycleEfficiency_percent,
    step: 0.5,
  },
  cathodeVoltage: {
    key: 'cathodeVoltage',
    label: 'Cathode average discharge voltage',
    unit: 'V',
    min: 3,
    max: 4.6,
    default: CATHODE_INPUT_DEFAULTS.ncm.averageDischargeVoltage_V,
    step: 0.01,
  },
};

/** Inputs whose defaults follow the chosen cathode. */
export const CATHODE_INPUT_KEYS = [
  'cathodeCapacity',
  'cathodeEfficiency',
  'cathodeVoltage',
] as const;

/**
 * A what-if factor on a calibrated quantity: a hundredth to a hundred times, stepped by a
 * tenth of a decade (a factor 1.26).
 */
function multiplierSpec(key: InputKey, label: string): InputSpec {
  return {
    key,
    label,
    unit: '',
    min: 0.01,
    max: 100,
    default: 1,
    step: 0.1,
    scale: 'log',
  };
}

function rateSpec(key: InputKey, label: string, value: number): InputSpec {
  return { key, label, unit: 'C', min: 0.05, max: 10, default: value, step: 0.05 };
}

/** Inputs that pick one of a few named options rather than a number. */
export type ChoiceKey = 'separator' | 'snapshotBranch' | 'cathode' | 'electrodeBasis';

export interface ChoiceSpec {
  readonly key: ChoiceKey;
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly default: string;
}

export type ModelChoices = Readonly<Record<ChoiceKey, string>>;

export const CHOICE_SPECS: Readonly<Record<ChoiceKey, ChoiceSpec>> = {
  separator: {
    key: 'separator',
    label: 'Separator electrolyte',
    options: SEPARATORS.map((s) => ({ value: s.id, label: s.id })),
    default: DEFAULT_SEPARATOR_ID,
  },
  snapshotBranch: {
    key: 'snapshotBranch',
    label: 'Half-cycle of the snapshot',
    options: [
      { value: 'lithiation', label: 'lithiation' },
      { value: 'delithiation', label: 'delithiation' },
    ],
    default: 'lithiation',
  },
  cathode: {
    key: 'cathode',
    label: 'Full-cell cathode',
    options: [
      { value: 'ncm', label: 'LiNi0.88Co0.09Mn0.03O2 (NCM88)' },
      { value: 'lco', label: 'LiCoO2, high voltage (4.5 V)' },
    ],
    default: 'ncm',
  },
  // Which of the two is held while x or the porosity changes; the other follows.
  electrodeBasis: {
    key: 'electrodeBasis',
    label: 'Electrode set by',
    options: [
      { value: 'thickness', label: 'thickness' },
      { value: 'loading', label: 'loading' },
    ],
    default: 'thickness',
  },
};

export const CHOICE_KEYS = keysOf(CHOICE_SPECS);

export const DEFAULT_CHOICES: ModelChoices = Object.fromEntries(
  CHOICE_KEYS.map((k) => [k, CHOICE_SPECS[k].default]),
) as Record<ChoiceKey, string>;

/** Validates a named option (from a URL or the CLI). */
export function checkChoice(
  key: ChoiceKey,
  raw: string,
):
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string } {
  const spec = CHOICE_SPECS[key];
  const found = spec.options.find((o) => o.value === raw.trim());
  if (found) return { ok: true, value: found.value };
  const list = spec.options.map((o) => o.value).join(', ');
  return { ok: false, message: `${spec.label}: "${echo(raw)}" is not one of ${list}.` };
}

export const INPUT_KEYS = keysOf(INPUT_SPECS);

export const DEFAULT_INPUTS: ModelInputs = Object.fromEntries(
  INPUT_KEYS.map((k) => [k, INPUT_SPECS[k].default]),
) as Record<InputKey, number>;

/**
 * The defaults for a set of choices: those of the table, with the chosen cathode's
 * literature capacity, efficiency and voltage. A link or a command line that names a
 * cathode but not its figures gets that cathode's.
 */
export function defaultInputsFor(choices: Partial<ModelChoices>): ModelInputs {
  const id = choices.cathode;
  if (!isCathodeId(id)) return DEFAULT_INPUTS;
  const c = CATHODE_INPUT_DEFAULTS[id];
  return {
    ...DEFAULT_INPUTS,
    cathodeCapacity: c.reversibleCapacity_mAh_per_g,
    cathodeEfficiency: c.firstCycleEfficiency_percent,
    cathodeVoltage: c.averageDischargeVoltage_V,
  };
}

export type InputCheck =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Most of a rejected value a message repeats: a link may carry thousands of characters. */
const ECHO_CHARACTERS = 40;

/** A rejected value as a message shows it, cut to ECHO_CHARACTERS with an ellipsis. */
export function echo(raw: string): string {
  const chars = Array.from(raw);
  return chars.length > ECHO_CHARACTERS ? `${chars.slice(0, ECHO_CHARACTERS).join('')}…` : raw;
}

/** A decimal number, optionally signed, with an optional exponent: 0.125, -20, 1e-3, .5 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Validates one raw value (from a URL, a CLI flag or a text box) against its spec. */
export function checkInput(key: InputKey, raw: string | number): InputCheck {
  const spec = INPUT_SPECS[key];
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  // Decimal notation only: Number() would also take "0x1", "0b1" or "Infinity".
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) {
    return { ok: false, message: `${spec.label}: "${echo(String(raw))}" is not a number.` };
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

const decimalsOf = (step: number) => {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
};

/**
 * Onto the input's step grid and into range, so that keyboard steps land on 0.175 rather
 * than 0.17500000000000002. A log input's grid is in decades, its values kept to three
 * digits (10^0.1 → 1.26): a link then reads `electronicScale=1.26`.
 */
export function snapInput(key: InputKey, value: number): number {
  const { step, scale } = INPUT_SPECS[key];
  if (scale === 'log') {
    const decades = Math.round(Math.log10(value) / step) * step;
    return clampInput(key, Number((10 ** decades).toPrecision(3)));
  }
  const snapped = Math.round(value / step) * step;
  return clampInput(key, Number(snapped.toFixed(decimalsOf(step))));
}
