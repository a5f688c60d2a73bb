import { formatInputValue } from '../../format/number';
import type { CarrierBalance } from './carrierBalance';

const WHO_LIMITS: Readonly<Record<Exclude<CarrierBalance, 'balanced'>, string>> = {
  'electron-poor': 'electrons limit',
  'ion-poor': 'Li⁺ ions limit',
};

/**
 * What to say when the limiting carrier changes (PhET's context responses): entering the
 * balanced band, leaving it, or jumping from one poor carrier to the other (a preset, a
 * typed value). Null when nothing meaningful was crossed, which is most steps of a drag.
 */
export function contextResponse(
  before: CarrierBalance,
  after: CarrierBalance,
  x: number,
): string | null {
  if (before === after) return null;
  const at = `x = ${formatInputValue(x)}`;
  if (after === 'balanced') return `Balanced at ${at}: σe and σi now lie within one decade.`;
  if (before === 'balanced')
    return `Out of the balanced band at ${at}: ${after}, ${WHO_LIMITS[after]}.`;
  return `Now ${after} at ${at}: ${WHO_LIMITS[after]}.`;
}
