import {
  CATHODE_INPUT_KEYS,
  CHOICE_SPECS,
  DEFAULT_CHOICES,
  defaultInputsFor,
  INPUT_SPECS,
  checkChoice,
  checkInput,
  type ChoiceKey,
  type InputKey,
  type ModelChoices,
  type ModelInputs,
} from '../core/inputs';
import { basisOfGiven } from '../core/electrodeSize';
import { KINETIC_PARAMETERS } from '../core/calibration/kineticParameters';
import { parameterNames } from '../core/refit';
import {
  DEFAULT_CAPACITY_RATE,
  FIGURE_IDS,
  MAX_MAP_CELLS,
  type AxisRange,
} from '../core/designMap';

/** A command-line mistake: printed as is, exit code 2. */
export class UsageError extends Error {}

/** Flag names accepted for each model input (first one is documented). */
const INPUT_FLAGS: Readonly<Record<string, InputKey>> = {
  x: 'xGe',
  xGe: 'xGe',
  temperature: 'temperatureC',
  temperatureC: 'temperatureC',
  radius: 'particleRadiusUm',
  particleRadiusUm: 'particleRadiusUm',
  thickness: 'thicknessUm',
  thicknessUm: 'thicknessUm',
  loading: 'loadingMgCm2',
  loadingMgCm2: 'loadingMgCm2',
  porosity: 'porosity',
  'sigma-e-scale': 'electronicScale',
  electronicScale: 'electronicScale',
  'sigma-i-scale': 'ionicScale',
  ionicScale: 'ionicScale',
  np: 'npRatio',
  npRatio: 'npRatio',
  'cathode-capacity': 'cathodeCapacity',
  cathodeCapacity: 'cathodeCapacity',
  'cathode-efficiency': 'cathodeEfficiency',
  cathodeEfficiency: 'cathodeEfficiency',
  'cathode-voltage': 'cathodeVoltage',
  cathodeVoltage: 'cathodeVoltage',
};

/** Flag names of the named-option inputs. */
const CHOICE_FLAGS: Readonly<Record<string, ChoiceKey>> = {
  separator: 'separator',
  cathode: 'cathode',
};

export interface ParsedArgs {
  readonly command: string;
  /** Bare arguments: only a file command (import) takes one, its FILE. */
  readonly positionals: readonly string[];
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
  /** Numeric options that are not model inputs (e.g. --from, --step). */
  readonly numbers: Readonly<Record<string, number>>;
  /** Text options of the command (e.g. map's --figure, params' --format). */
  readonly strings: Readonly<Record<string, string>>;
  /**
   * Inputs given as a range `from:to:count` (only where the command takes one: map's axes),
   * as typed, with the flag used; such an input is not in `inputs`' given values.
   */
  readonly ranges: Readonly<
    Partial<Record<InputKey, { readonly flag: string; readonly text: string }>>
  >;
  /** The model inputs the command line gave as single values (the rest are defaults). */
  readonly given: ReadonlySet<InputKey>;
  readonly flags: ReadonlySet<string>;
  /** Said on stderr, the command still runs: e.g. a thickness that a loading overrides. */
  readonly warnings: readonly string[];
}

const BOOLEAN_FLAGS = new Set(['json', 'csv', 'help']);

/**
 * Commands that read a file instead of running the model: one FILE argument and only
 * their own numeric options, so a stray --x is refused rather than silently ignored.
 */
const FILE_COMMANDS: Readonly<Record<string, readonly string[]>> = { import: ['mass'] };

/** What a command takes beside the model inputs and the boolean flags. */
export interface CommandOptions {
  /** Text options, e.g. `figure` for `--figure retention3C`. */
  readonly strings?: readonly string[];
  /** Inputs that may be given as a range `from:to:count` (a value with a colon). */
  readonly ranges?: readonly InputKey[];
}

/**
 * Parses `command --name value … --flag`. Every value is checked against the input
 * table, so an out-of-range x is refused here rather than clamped silently.
 */
export function parseArgs(
  argv: readonly string[],
  numericOptions: readonly string[] = [],
  { strings: stringOptions = [], ranges: rangeInputs = [] }: CommandOptions = {},
): ParsedArgs {
  // `--help` alone (or first) asks for the usage, like `help`.
  const [first = 'help', ...others] = argv;
  const [command, rest] = first === '--help' ? ['help', others] : [first, others];
  const fileOptions = FILE_COMMANDS[command];
  const numeric = fileOptions ?? numericOptions;
  const positionals: string[] = [];
  const inputs: Partial<Record<InputKey, number>> = {};
  const choices: Record<ChoiceKey, string> = { ...DEFAULT_CHOICES };
  const numbers: Record<string, number> = {};
  const strings: Record<string, string> = {};
  const ranges: Partial<Record<InputKey, { flag: string; text: string }>> = {};
  const flags = new Set<string>();
  // The last of a repeated option wins, as in the page's address; each repeat is said.
  const seen = new Map<string, string>();
  const warnings: string[] = [];
  const noteRepeat = (target: string, name: string, value: string) => {
    const earlier = seen.get(target);
    if (earlier !== undefined) {
      warnings.push(
        `--${name} is given more than once; using the last value, ${value} (not ${earlier}).`,
      );
    }
    seen.set(target, value);
  };
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] ?? '';
    if (!token.startsWith('--')) {
      if (fileOptions === undefined || positionals.length > 0) {
        throw new UsageError(`Unexpected argument "${token}".`);
      }
      positionals.push(token);
      continue;
    }
    const [name = '', inline] = token.slice(2).split('=', 2);
    if (BOOLEAN_FLAGS.has(name)) {
      flags.add(name);
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value.`);
    const key = fileOptions ? undefined : INPUT_FLAGS[name];
    const choice = fileOptions ? undefined : CHOICE_FLAGS[name];
    if (choice) {
      const check = checkChoice(choice, value);
      if (!check.ok) throw new UsageError(check.message);
      noteRepeat(choice, name, check.value);
      choices[choice] = check.value;
    } else if (key && rangeInputs.includes(key) && value.includes(':')) {
      // A range: checked by the command, which knows what its axes may span.
      noteRepeat(key, name, value);
      delete inputs[key];
      ranges[key] = { flag: name, text: value };
    } else if (key) {
      const check = checkInput(key, value);
      if (!check.ok) throw new UsageError(check.message);
      noteRepeat(key, name, String(check.value));
      delete ranges[key];
      inputs[key] = check.value;
    } else if (!fileOptions && stringOptions.includes(name)) {
      noteRepeat(name, name, value);
      strings[name] = value;
    } else if (numeric.includes(name)) {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) {
        throw new UsageError(`--${name}: "${value}" is not a number.`);
      }
      noteRepeat(name, name, String(n));
      numbers[name] = n;
    } else {
      throw new UsageError(`Unknown option --${name}${fileOptions ? ` for ${command}` : ''}.`);
    }
  }
  // --loading sets the electrode by loading; a --thickness beside it is ignored, and said so.
  // A loading or thickness axis (a range) sets it likewise, and a single value of the other
  // beside it is ignored.
  if (ranges.thicknessUm || ranges.loadingMgCm2) {
    const [held, other] = ranges.thicknessUm
      ? (['thickness', 'loadingMgCm2'] as const)
      : (['loading', 'thicknessUm'] as const);
    choices.electrodeBasis = held;
    const ignored = inputs[other];
    if (ignored !== undefined) {
      const s = INPUT_SPECS[other];
      warnings.push(
        `${s.label} ${ignored} ${s.unit} ignored: the ${held} axis sets the electrode.`,
      );
    }
  } else {
    const implied = basisOfGiven(inputs.thicknessUm, inputs.loadingMgCm2);
    if (implied.basis) choices.electrodeBasis = implied.basis;
    if (implied.notice) warnings.push(implied.notice);
  }
  // Defaults last: --cathode lco brings LCO's figures wherever the line names it.
  return {
    command,
    positionals,
    inputs: { ...defaultInputsFor(choices), ...inputs },
    choices,
    numbers,
    strings,
    ranges,
    given: new Set(Object.keys(inputs) as InputKey[]),
    flags,
    warnings,
  };
}

/** A decimal number as the inputs take them: 0.5, 4, 1e-3, .5 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A range `from:to:count` as typed after `--name` (or a single value, one point). Only the
 * syntax is checked here; the command checks what its axis may span.
 */
export function parseRange(flag: string, text: string): AxisRange {
  const parts = text.split(':').map((p) => p.trim());
  const bad = () =>
    new UsageError(
      `--${flag}: "${text}" is not a range from:to:count (e.g. 0:1:41) or a single number.`,
    );
  if (parts.length === 1) {
    const [only = ''] = parts;
    if (!DECIMAL.test(only)) throw bad();
    return { from: Number(only), to: Number(only), count: 1 };
  }
  const [from = '', to = '', count = ''] = parts;
  if (parts.length !== 3 || !DECIMAL.test(from) || !DECIMAL.test(to) || !/^\d+$/.test(count)) {
    throw bad();
  }
  return { from: Number(from), to: Number(to), count: Number(count) };
}

export function usage(): string {
  // The first (documented) flag of each input.
  const documented = new Map<InputKey, string>();
  for (const [flag, key] of Object.entries(INPUT_FLAGS)) {
    if (!documented.has(key)) documented.set(key, flag);
  }
  const inputLines = [...documented].map(([key, flag]) => {
    const s = INPUT_SPECS[key];
    const unit = s.unit ? ` ${s.unit}` : '';
    const fallback = (CATHODE_INPUT_KEYS as readonly string[]).includes(key)
      ? "the chosen cathode's literature value"
      : String(s.default);
    return `  --${flag.padEnd(18)} ${s.label} (${s.min}–${s.max}${unit}, default ${fallback})`;
  });
  const choiceLines = Object.entries(CHOICE_FLAGS).map(([flag, key]) => {
    const s = CHOICE_SPECS[key];
    return `  --${flag.padEnd(18)} ${s.label} (${s.options.map((o) => o.value).join(', ')}; default ${s.default})`;
  });
  return [
    'Usage: npm run sige -- <command> [options]',
    '',
    'Commands:',
    '  evaluate   every property of one composition (--json for machine output)',
    '  sweep      properties across compositions: --from 0 --to 1 --step 0.01 [--csv]',
    '  import     read a cycler export: import FILE [--mass mg] [--json] (EC-Lab .mpt, Arbin,',
    '             Neware, Maccor, rate table or SiGe Explorer tidy CSV; --mass adds mAh/g)',
    '  map        a figure over x × one more axis, e.g. --figure retention3C --x 0:1:41',
    '             --loading 0.5:4:21 (or --thickness a:b:n, --radius a:b:n) [--csv|--json];',
    `             figures: ${FIGURE_IDS.join(', ')}`,
    `             (capacity at --rate C, default ${DEFAULT_CAPACITY_RATE}); at most ${MAX_MAP_CELLS} cells`,
    '  params     the parameter set at these inputs: --format bpx|pybamm (JSON)',
    '  refit      refit kinetic parameters to your cell: refit --data FILE --params a,b',
    '             [--mass mg] [model inputs of the cell] [--json]; prints each value ± 1σ, a',
    '             warning where the data cannot pin one, and the residuals. FILE as for import',
    '             (its rate table and first cycle are fitted). Name a parameter by its ASCII',
    '             name, its symbol or its key:',
    ...KINETIC_PARAMETERS.map((spec) => `               ${parameterNames(spec)}`),
    '',
    'Model inputs:',
    ...inputLines,
    ...choiceLines,
    '',
    'With --loading the electrode is set by its loading: its thickness follows from x and the',
    'porosity, and a --thickness beside it is ignored.',
  ].join('\n');
}
