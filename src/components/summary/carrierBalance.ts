import { BALANCE_DECADES, type ModelInputs, conductivities, temperatureKOf } from '../../core';

/** Which carrier limits: the conductivity figure's shaded band is where neither does. */
export type CarrierBalance = 'balanced' | 'electron-poor' | 'ion-poor';

/**
 * The conductivity figure's rule (core/conductivitySweep's balancedIntervals): σe and σi
 * within BALANCE_DECADES of each other is balanced; otherwise the poorer carrier limits.
 */
export function carrierBalance(electronic: number, ionic: number): CarrierBalance {
  const decades = Math.log10(electronic / ionic);
  if (Math.abs(decades) <= BALANCE_DECADES) return 'balanced';
  return decades < 0 ? 'electron-poor' : 'ion-poor';
}

/**
 * σe, σi and σamb of the inputs' composition, computed on the page: a couple of
 * microseconds, the same code and numbers the worker sends a frame later, so the words
 * follow a drag without waiting for it (as the figure's marker does).
 */
export function sigmasOf(inputs: ModelInputs) {
  return conductivities(inputs.xGe, temperatureKOf(inputs), inputs);
}

export const balanceOf = (inputs: ModelInputs): CarrierBalance => {
  const s = sigmasOf(inputs);
  return carrierBalance(s.electronic, s.ionic);
};
