/**
 * `sige refit --data FILE --params a,b`: refit named kinetic parameters to a cycler file
 * read by the import command's parser, at the cell the model-input flags describe.
 */
import { electrodeSizeOf } from '../core/electrodeSize';
import {
  refit,
  RefitError,
  refitJsonView,
  resolveParameters,
  validParameterNames,
  type FittedParameter,
  type RefitResult,
} from '../core/refit';
import { UsageError, type ParsedArgs } from './args';
import { readCellDataSet } from './importFile';

const REFIT_USAGE = 'npm run sige -- refit --data FILE --params a,b [--mass mg] [--json]';

/** Core refusals (a bad name, nothing to fit) are the user's to fix: exit 2, same words. */
function orUsageError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RefitError) throw new UsageError(error.message);
    throw error;
  }
}

const digits = (v: number, n: number) => String(Number(v.toPrecision(n)));

function sigmaText(f: FittedParameter): string {
  if (Number.isNaN(f.sigma)) return 'not computed';
  return Number.isFinite(f.sigma) ? digits(f.sigma, 2) : 'unidentified';
}

/** Columns padded to their widest cell, two spaces apart. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

function textReport(result: RefitResult): string {
  const parameters = columns([
    ['parameter', 'key', 'value', '±1σ', 'unit'],
    ...result.fitted.map((f) => [f.symbol, f.key, digits(f.value, 4), sigmaText(f), f.unit]),
  ]);
  const warnings = result.fitted.flatMap((f) => (f.warning ? [`warning: ${f.warning}`] : []));
  const residuals = columns([
    ['residual', 'data_mAh_per_g', 'model_mAh_per_g', 'relative_percent'],
    ...result.residuals.map((r) => [
      r.label,
      digits(r.data, 5),
      Number.isFinite(r.model) ? digits(r.model, 5) : 'none',
      // + 0 turns a rounded −0 into 0.
      (Number((100 * r.relative).toFixed(2)) + 0).toFixed(2),
    ]),
  ]);
  return [
    `refit of ${result.fitted.length} parameter(s) to ${result.residuals.length} data point(s): ` +
      `${result.evaluations} model evaluations, least squares ${digits(result.score, 3)}`,
    '',
    ...parameters,
    ...(warnings.length > 0 ? ['', ...warnings] : []),
    '',
    ...residuals,
  ].join('\n');
}

export function refitCommand(args: ParsedArgs, warn: (message: string) => void): string {
  const { data: path, params: names } = args.strings;
  if (path === undefined) throw new UsageError(`refit needs --data FILE: ${REFIT_USAGE}`);
  if (names === undefined) {
    throw new UsageError(
      `refit needs --params, a comma-separated list of ${validParameterNames()}.`,
    );
  }
  // Names first: a typo is said before the file is read or the model runs.
  const keys = orUsageError(() => resolveParameters(names.split(','))).map((s) => s.key);
  const data = readCellDataSet(path, args.numbers.mass, warn);
  const notice = electrodeSizeOf(args.inputs, args.choices.electrodeBasis).notice;
  if (notice) warn(notice);
  const result = orUsageError(() =>
    refit(data, { inputs: args.inputs, choices: args.choices, params: keys }),
  );
  result.notes.forEach(warn);
  if (!args.flags.has('json')) return textReport(result);
  return JSON.stringify({ ...refitJsonView(result), evaluations: result.evaluations }, null, 2);
}
