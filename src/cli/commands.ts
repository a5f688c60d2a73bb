import { evaluateProperties, type Properties } from '../core/properties';
import { parseArgs, usage, UsageError } from './args';

const SWEEP_OPTIONS = ['from', 'to', 'step'];
/** Guards against a typo like --step 1e-9 producing a billion rows. */
const MAX_SWEEP_ROWS = 100_001;

function formatValue(v: number): string {
  return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e6
    ? String(Number(v.toPrecision(6)))
    : v.toExponential(4);
}

function table(p: Properties): string {
  const width = Math.max(...Object.keys(p).map((k) => k.length));
  return Object.entries(p)
    .map(([k, v]) => `${k.padEnd(width)}  ${formatValue(v as number)}`)
    .join('\n');
}

function sweepCompositions(from: number, to: number, step: number): number[] {
  if (!(step > 0)) throw new UsageError('--step must be positive.');
  if (from < 0 || to > 1 || from > to) {
    throw new UsageError('--from and --to must satisfy 0 ≤ from ≤ to ≤ 1.');
  }
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_SWEEP_ROWS)
    throw new UsageError(`That sweep has ${count} rows; the limit is ${MAX_SWEEP_ROWS}.`);
  // Index-based so rounding does not accumulate: 0.01·k, not repeated additions.
  return Array.from({ length: count }, (_, k) => Number((from + k * step).toFixed(12)));
}

/** Runs one CLI invocation and returns what to print; throws UsageError on bad input. */
export function runCli(argv: readonly string[]): string {
  const args = parseArgs(argv, SWEEP_OPTIONS);
  if (args.flags.has('help') || args.command === 'help') return usage();
  switch (args.command) {
    case 'evaluate': {
      const p = evaluateProperties(args.inputs);
      return args.flags.has('json') ? JSON.stringify(p, null, 2) : table(p);
    }
    case 'sweep': {
      const { from = 0, to = 1, step = 0.01 } = args.numbers;
      const rows = sweepCompositions(from, to, step).map((xGe) =>
        evaluateProperties({ ...args.inputs, xGe }),
      );
      if (args.flags.has('json')) return JSON.stringify(rows, null, 2);
      const keys = Object.keys(rows[0] ?? {}) as (keyof Properties)[];
      const sep = args.flags.has('csv') ? ',' : '\t';
      return [keys.join(sep), ...rows.map((r) => keys.map((k) => r[k]).join(sep))].join('\n');
    }
    default:
      throw new UsageError(`Unknown command "${args.command}".\n\n${usage()}`);
  }
}
