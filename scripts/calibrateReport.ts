/** The tables `npm run calibrate` prints (kept apart from the fit so the script reads as a recipe). */
import type { KineticResidual } from '../src/core/calibration/kineticResiduals';
import type { CrossValidationRound } from '../src/core/calibration/crossValidation';
import type { Residual } from '../src/core/calibration/fitTransport';

const signed = (v: number, digits: number) => `${v >= 0 ? '+' : ''}${v.toFixed(digits)}`;

export function printTransportTable(
  residuals: readonly Residual[],
  summary: { maxAbsLog10Error: number; rmsLog10Error: number },
): void {
  console.log('quantity          comp     x_Ge     measured      model   log10 err');
  for (const r of residuals) {
    console.log(
      `${r.quantity.padEnd(17)} ${r.compositionId.padEnd(7)} ${r.xGe.toFixed(4).padStart(6)}` +
        `  ${r.measured.toExponential(2).padStart(10)} ${r.model.toExponential(2).padStart(10)}` +
        `  ${signed(r.log10Error, 3)}`,
    );
  }
  console.log(`max |log10 err| ${summary.maxAbsLog10Error}, rms ${summary.rmsLog10Error}`);
}

export function printKineticTable(
  rows: readonly KineticResidual[],
  stored: readonly { liInPotentialRange: number[] }[],
  normalised: readonly { quantity: string; measured: number; model: number; error: number }[],
): void {
  console.log(
    '\nquantity                    comp    measured     model      error  verdict        Li–In 0.60…0.64 V',
  );
  rows.forEach((r, i) => {
    const err =
      r.unit === '%' ? `${signed(r.error, 1)} pt` : `${signed(100 * r.relativeError, 1)} %`;
    const verdict =
      r.status !== 'fitted'
        ? r.status
        : Math.abs(r.score) <= 1
          ? `within ±${r.tolerance}`
          : 'MISSES';
    const [low = NaN, high = NaN] = stored[i]?.liInPotentialRange ?? [];
    console.log(
      `${r.quantity.padEnd(27)} ${r.compositionId.padEnd(6)} ${r.measured.toFixed(1).padStart(9)} ${r.model.toFixed(1).padStart(9)} ${err.padStart(10)}  ${verdict.padEnd(16)} ${low.toFixed(1)}…${high.toFixed(1)}`,
    );
  });
  console.log('\nSi7Ge rate curve over its 0.2 C value (shape only), %');
  for (const n of normalised) {
    console.log(
      `${n.quantity.padEnd(27)} ${n.measured.toFixed(1).padStart(7)} ${n.model.toFixed(1).padStart(7)} ${signed(n.error, 1).padStart(7)} pt`,
    );
  }
}

export function printCrossValidation(rounds: readonly CrossValidationRound[]): void {
  console.log('\nleave one composition out: refit without it, predict it');
  console.log(
    'held out   3 C retention (pred/meas)   first delith. mAh/g   ICE %       Si7Ge highest',
  );
  for (const r of rounds) {
    const pair = (p: { predicted: number; measured: number }, d: number) =>
      `${p.predicted.toFixed(d)} / ${p.measured.toFixed(d)}`;
    console.log(
      `${r.heldOut.padEnd(10)} ${pair(r.retention3C_percent, 1).padEnd(27)} ${pair(r.firstDelithiation_mAh_per_g, 0).padEnd(21)} ${pair(r.ice_percent, 1).padEnd(11)} ${r.si7GeHighest ? 'yes' : 'NO'}`,
    );
  }
}
