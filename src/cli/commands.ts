import { computeKinetics, retentionSweep } from '../core/kinetics/api';
import { electrodeSizeOf } from '../core/electrodeSize';
import { evaluateProperties } from '../core/properties';
import { parseArgs, usage, UsageError } from './args';
import { importCommand } from './importFile';

const SWEEP_OPTIONS = ['from', 'to', 'step'];
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
  const args = parseArgs(argv, SWEEP_OPTIONS);
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
    default:
      throw new UsageError(`Unknown command "${args.command}".\n\n${usage()}`);
  }
}
