import type { KineticParams } from '../params';
import type { TransportParams } from './fitTransport';
import { fitKinetics } from './fitKinetics';
import { COMPOSITION_IDS, kineticResiduals, type CompositionId } from './kineticResiduals';

interface Pair {
  readonly predicted: number;
  readonly measured: number;
}

/** One leave-one-composition-out round: the fit without it, and what that fit predicts for it. */
export interface CrossValidationRound {
  readonly heldOut: CompositionId;
  readonly retention3C_percent: Pair;
  readonly firstDelithiation_mAh_per_g: Pair;
  readonly ice_percent: Pair;
  /** Si7Ge has the highest predicted 3 C retention of the three (as measured). */
  readonly si7GeHighest: boolean;
  readonly params: KineticParams;
}

/** Iterations of each left-out fit: it starts from the full fit's optimum, so it refines. */
export const CV_SCHEDULE = { rounds: 1, iterations: 80 } as const;

/**
 * Leave-one-composition-out: refit the kinetic parameters with every electrochemical figure
 * of one of Si, Si7Ge, Ge left out, then predict that composition's figures. The transport
 * parameters (σe, σi, D against x) stay: they come from separate measurements.
 */
export function crossValidate(
  transport: TransportParams,
  full: KineticParams,
): CrossValidationRound[] {
  return COMPOSITION_IDS.map((heldOut) => {
    const params = fitKinetics(transport, full, { heldOut, ...CV_SCHEDULE });
    const rows = kineticResiduals({ ...transport, kinetics: params });
    const pick = (quantity: string, id: CompositionId = heldOut): Pair => {
      const row = rows.find((r) => r.quantity === quantity && r.compositionId === id);
      return { predicted: row?.model ?? Number.NaN, measured: row?.measured ?? Number.NaN };
    };
    const retention = (id: CompositionId) => pick('3 C retention', id).predicted;
    const predictedOrder = [...COMPOSITION_IDS].sort((a, b) => retention(b) - retention(a));
    return {
      heldOut,
      retention3C_percent: pick('3 C retention'),
      firstDelithiation_mAh_per_g: pick('first delithiation, 0.1 C'),
      ice_percent: pick('ICE'),
      si7GeHighest: predictedOrder[0] === 'Si7Ge',
      params,
    };
  });
}
