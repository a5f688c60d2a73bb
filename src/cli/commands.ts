import { computeKinetics, retentionSweep } from '../core/kinetics/api';
import {
  bestCell,
  computeDesignMap,
  DEFAULT_CAPACITY_RATE,
  FIGURE_IDS,
  FIGURES,
  isFigureId,
  requestProblem,
  SECOND_AXES,
  SECOND_AXIS_IDS,
  X_AXIS,
  type AxisRange,
  type MapCell,
  type MapRequest,
} from '../core/designMap';
import { electrodeSizeOf } from '../core/electrodeSize';
import { INPUT_SPECS, type InputKey } from '../core/inputs';
import { evaluateProperties } from '../core/properties';
import { bpxParameterSet } from '../export/bpxSet';
import { formatCsvNumber, writeCsvWithHeader } from '../export/csv';
import { inputMetaKey, provenanceMeta, settingsMeta } from '../export/exportSettings';
import { pybammParameterSet } from '../export/pybammSet';
import {
  parseArgs,
  parseRange,
  usage,
  UsageError,
  type CommandOptions,
  type ParsedArgs,
} from './args';
import { importCommand } from './importFile';
import { refitCommand } from './refitCommand';

const SWEEP_OPTIONS = ['from', 'to', 'step'];

/** What each command takes beside the model inputs; the others take the sweep's numbers. */
const COMMAND_OPTIONS: Readonly<
  Record<string, { readonly numbers: readonly string[] } & CommandOptions>
> = {
  map: {
    numbers: ['rate'],
    strings: ['figure'],
    ranges: ['xGe', ...SECOND_AXIS_IDS.map((id) => SECOND_AXES[id].input)],
  },
  params: { numbers: [], strings: ['format'] },
  refit: { numbers: ['mass'], strings: ['data', 'params'] },
};

/** The x axis of a map when --x is not given. */
const DEFAULT_X_RANGE: AxisRange = { from: 0, to: 1, count: 41 };
/** Each row runs the rate test (~10 ms): a typo like --step 1e-9 must not mean hours. */
const MAX_SWEEP_ROWS = 1001;

function formatValue(v: number): string {
  return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e6
    ? String(Number(v.toPrecision(6)))
    : v.toExponential(4);
}

function table(p: Readonly<Record<string, number | string>>): string {
  const width = Math.max(...Object.keys(p).map((k) => k.length));
  return Object.entries(p)
    .map(([k, v]) => `${k.padEnd(width)}  ${typeof v === 'number' ? formatValue(v) : v}`)
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

/**
 * Runs one CLI invocation and returns what to print; throws UsageError on bad input.
 * Warnings (the command still runs) go to `warn`, for stderr.
 */
export function runCli(
  argv: readonly string[],
  warn: (message: string) => void = () => {},
): string {
  const options = COMMAND_OPTIONS[argv[0] ?? ''];
  const args = parseArgs(argv, options?.numbers ?? SWEEP_OPTIONS, options);
  if (args.flags.has('help') || args.command === 'help') return usage();
  args.warnings.forEach(warn);
  const basis = args.choices.electrodeBasis;
  switch (args.command) {
    case 'evaluate': {
      const p = evaluateProperties(args.inputs, basis);
      const electrode = electrodeSizeOf(args.inputs, basis);
      if (electrode.notice) warn(electrode.notice);
      const k = computeKinetics(args.inputs, args.choices);
      const inv = k.inventory;
      const fc = k.fullCell;
      const out = {
        ...p,
        thickness_um: electrode.thicknessUm,
        loading_mg_per_cm2: electrode.loadingMgCm2,
        electronicScale: args.inputs.electronicScale,
        ionicScale: args.inputs.ionicScale,
        separator: args.choices.separator,
        rateCurve: k.rateCurve,
        retention3C_percent: k.retention3C_percent,
        limitingProcess: k.limitation.process,
        firstLithiation_mAh_per_g: k.formation.lithiation_mAh_per_g,
        firstDelithiation_mAh_per_g: k.formation.delithiation_mAh_per_g,
        ice_percent: inv.ice_percent,
        liInventory: {
          reversible_percent: inv.reversible_percent,
          quasiReversible_percent: inv.quasiReversible_percent,
          inactive_percent: inv.inactive_percent,
        },
        fullCell: {
          cathode: fc.cathode,
          npRatio: fc.npRatio,
          ice_percent: fc.ice_percent,
          chargeCapacity_mAh_per_g_cathode: fc.chargeCapacity_mAh_per_g_cathode,
          dischargeCapacity_mAh_per_g_cathode: fc.dischargeCapacity_mAh_per_g_cathode,
          rateCurve: fc.rateCurve.map((r) => ({
            cRate: r.cRate,
            capacity_mAh_per_g_cathode: r.capacity_mAh_per_g_cathode,
          })),
          arealCapacity_mAh_per_cm2: fc.arealCapacity_mAh_per_cm2,
          specificEnergy_Wh_per_kg: fc.specificEnergy_Wh_per_kg,
          averageVoltage_V: fc.averageVoltage_V,
          platingRisk: fc.platingRisk,
        },
      };
      if (args.flags.has('json')) return JSON.stringify(out, null, 2);
      const { rateCurve, liInventory, fullCell, ...scalars } = out;
      const rates = rateCurve.map((r) => `${r.cRate} C: ${r.capacity_mAh_per_g.toFixed(0)}`);
      const { rateCurve: cellRates, ...cellScalars } = fullCell;
      const cellRateText = cellRates.map(
        (r) => `${r.cRate} C: ${r.capacity_mAh_per_g_cathode.toFixed(0)}`,
      );
      return [
        table({ ...scalars }),
        `rateCurve (mAh/g)  ${rates.join(', ')}`,
        '',
        'Li inventory after the first cycle (%)',
        table(liInventory),
        '',
        'Full cell',
        table({ ...cellScalars, platingRisk: String(cellScalars.platingRisk) }),
        `rateCurve (mAh/g cathode)  ${cellRateText.join(', ')}`,
      ].join('\n');
    }
    case 'sweep': {
      const { from = 0, to = 1, step = 0.01 } = args.numbers;
      const xs = sweepCompositions(from, to, step);
      const retention = retentionSweep(args.inputs, args.choices, xs);
      let clamped = 0;
      const rows = xs.map((xGe, i) => {
        const inputs = { ...args.inputs, xGe };
        const electrode = electrodeSizeOf(inputs, basis);
        if (electrode.notice) clamped += 1;
        return {
          ...evaluateProperties(inputs, basis),
          // Held by loading, the layer's thickness changes along the sweep.
          thickness_um: electrode.thicknessUm,
          loading_mg_per_cm2: electrode.loadingMgCm2,
          retention3C_percent: retention[i]?.retention3C_percent ?? Number.NaN,
        };
      });
      if (clamped > 0) {
        warn(
          `At ${clamped} of ${xs.length} compositions the loading needs a layer outside the ` +
            'thickness range; their rows give the thickness simulated instead.',
        );
      }
      if (args.flags.has('json')) return JSON.stringify(rows, null, 2);
      const keys = Object.keys(rows[0] ?? {}) as (keyof (typeof rows)[number])[];
      const sep = args.flags.has('csv') ? ',' : '\t';
      return [keys.join(sep), ...rows.map((r) => keys.map((k) => r[k]).join(sep))].join('\n');
    }
    case 'import':
      return importCommand(args, warn);
    case 'refit':
      return refitCommand(args, warn);
    case 'map':
      return mapCommand(args, warn);
    case 'params': {
      const format = args.strings.format;
      if (format === 'bpx')
        return JSON.stringify(bpxParameterSet(args.inputs, args.choices), null, 2);
      if (format === 'pybamm') {
        return JSON.stringify(pybammParameterSet(args.inputs, args.choices), null, 2);
      }
      throw new UsageError(
        format === undefined
          ? 'params needs --format bpx or --format pybamm.'
          : `--format: "${format}" is not one of bpx, pybamm.`,
      );
    }
    default:
      throw new UsageError(`Unknown command "${args.command}".\n\n${usage()}`);
  }
}

/** The map a command line asks for: figure, axes and the other inputs. */
function mapRequestOf(args: ParsedArgs, warn: (message: string) => void): MapRequest {
  const figureId = args.strings.figure;
  if (figureId === undefined) {
    throw new UsageError(`map needs --figure, one of ${FIGURE_IDS.join(', ')}.`);
  }
  if (!isFigureId(figureId)) {
    throw new UsageError(`--figure: "${figureId}" is not one of ${FIGURE_IDS.join(', ')}.`);
  }
  const rate = args.numbers.rate;
  if (rate !== undefined && figureId !== 'capacity') {
    warn(`--rate ${rate} ignored: only --figure capacity takes a C-rate.`);
  }
  const axes = SECOND_AXIS_IDS.filter((id) => args.ranges[SECOND_AXES[id].input]);
  const [axis] = axes;
  if (axis === undefined || axes.length > 1) {
    throw new UsageError(
      'map needs exactly one second axis given as a range from:to:count: ' +
        '--loading (mg/cm²), --thickness (µm) or --radius (µm), e.g. --loading 0.5:4:21.',
    );
  }
  const rangeOf = (key: InputKey): AxisRange | undefined => {
    const given = args.ranges[key];
    return given && parseRange(given.flag, given.text);
  };
  const request: MapRequest = {
    grid: {
      // A single --x value is a one-column map.
      x:
        rangeOf('xGe') ??
        (args.given.has('xGe') ? parseRange('x', String(args.inputs.xGe)) : DEFAULT_X_RANGE),
      axis,
      second: rangeOf(SECOND_AXES[axis].input) as AxisRange,
    },
    figure: { id: figureId, cRate: rate ?? DEFAULT_CAPACITY_RATE },
    inputs: args.inputs,
    choices: args.choices,
  };
  const problem = requestProblem(request);
  if (problem) throw new UsageError(problem);
  return request;
}

/** A range as the command line writes it: `0.5:4:21`. */
const rangeText = ({ from, to, count }: AxisRange) =>
  [from, to, count].map((v) => formatCsvNumber(v)).join(':');

/** `retention3C_percent 45.2 at xGe 0.125 (Si7Ge), loading_mg_per_cm2 0.5`. */
function bestText(best: ReturnType<typeof bestCell<MapCell>>, request: MapRequest): string {
  if (best === null) return 'none: no cell has a value';
  const figure = FIGURES[request.figure.id];
  const axis = SECOND_AXES[request.grid.axis];
  const name = best.name ? ` (${best.name})` : '';
  return (
    `${figure.column} ${formatCsvNumber(best.value)} at xGe ${formatCsvNumber(best.xGe)}${name}, ` +
    `${axis.column} ${formatCsvNumber(best.axisValue)}`
  );
}

/**
 * `map`: the figure over the grid, as CSV with a `# key: value` header (figure, axes, every
 * other input, the best cell) or as JSON {figure, axes, settings, cells, best}.
 */
function mapCommand(args: ParsedArgs, warn: (message: string) => void): string {
  const request = mapRequestOf(args, warn);
  const { grid, figure: asked } = request;
  const figure = FIGURES[asked.id];
  const axis = SECOND_AXES[grid.axis];
  const cells = computeDesignMap(request);
  const best = bestCell(cells);

  const clamped = cells.filter((c) => c.clamped).length;
  if (clamped > 0) {
    warn(
      `At ${clamped} of ${cells.length} cells the loading needs a layer outside the ` +
        `${INPUT_SPECS.thicknessUm.min}–${INPUT_SPECS.thicknessUm.max} µm thickness range; ` +
        'they simulate the nearest thickness instead.',
    );
  }
  const empty = cells.filter((c) => c.value === null).length;

  // The inputs the axes set, and the layer size that follows from them, vary cell by cell.
  const varying = new Set<string>([inputMetaKey(X_AXIS.input), inputMetaKey(axis.input)]);
  const basis = axis.basis ?? request.choices.electrodeBasis;
  varying.add(inputMetaKey(basis === 'loading' ? 'thicknessUm' : 'loadingMgCm2'));
  const settings = settingsMeta({ inputs: request.inputs, choices: request.choices }).filter(
    ([key]) => !varying.has(key) && key !== 'electrodeNotice',
  );
  const rate: [string, string][] =
    asked.id === 'capacity' ? [['cRate [C]', formatCsvNumber(asked.cRate)]] : [];
  const notes: [string, string][] = [
    ...(clamped > 0
      ? [['clampedCells', `${clamped} (nearest thickness simulated)`] as [string, string]]
      : []),
    ...(empty > 0 ? [['emptyCells', `${empty} (no finite value)`] as [string, string]] : []),
  ];

  if (args.flags.has('json')) {
    const row = (c: MapCell) => ({
      xGe: c.xGe,
      [axis.column]: c.axisValue,
      [figure.column]: c.value,
    });
    return JSON.stringify(
      {
        figure: {
          id: figure.id,
          column: figure.column,
          unit: figure.unit,
          label: figure.label,
          ...(asked.id === 'capacity' ? { cRate: asked.cRate } : {}),
        },
        axes: {
          x: { input: X_AXIS.input, column: X_AXIS.column, unit: X_AXIS.unit, ...grid.x },
          second: {
            axis: grid.axis,
            input: axis.input,
            column: axis.column,
            unit: axis.unit,
            ...grid.second,
          },
        },
        settings: Object.fromEntries([...settings, ...notes]),
        cells: cells.map((c) => ({ ...row(c), clamped: c.clamped })),
        best: best && { ...row(best), name: best.name },
      },
      null,
      2,
    );
  }
  return writeCsvWithHeader({
    meta: [
      ...provenanceMeta(
        `design map of ${figure.column}: ${figure.label}`,
        new Date().toISOString(),
      ),
      ...rate,
      [`axis ${X_AXIS.column}`, rangeText(grid.x)],
      [`axis ${axis.column}`, rangeText(grid.second)],
      ...settings,
      ...notes,
      ['best', bestText(best, request)],
    ],
    columns: [X_AXIS.column, axis.column, figure.column],
    rows: cells.map((c) => [c.xGe, c.axisValue, c.value]),
  }).trimEnd();
}
