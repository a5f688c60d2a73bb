import {
  type Interval,
  CHOICE_KEYS,
  INPUT_KEYS,
  type ModelChoices,
  type ModelInputs,
} from '../../core';
import { formatFixed, formatInputValue, formatScientific } from '../../format/number';
import type { Store } from '../../state/storeTypes';
import { carrierBalance, sigmasOf, type CarrierBalance } from './carrierBalance';
import { compositionName } from './compositionWords';

/** What each balance means, in words a student can repeat. */
const MEANING: Readonly<Record<CarrierBalance, string>> = {
  balanced: 'σe and σi lie within one decade of each other',
  'electron-poor': 'σe is more than a decade below σi, so electrons limit',
  'ion-poor': 'σi is more than a decade below σe, so Li⁺ ions limit',
};

/** "x = 0.08–0.21": where the conductivity figure shades the balanced band. */
export function bandText(band: readonly Interval[]): string {
  if (band.length === 0) return 'none at these settings';
  const spans = band.map((b) => `${formatFixed(b.from, 2)}–${formatFixed(b.to, 2)}`);
  return `x = ${spans.join(' and ')}`;
}

const sameSettings = (
  a: { inputs: ModelInputs; choices: ModelChoices },
  b: { inputs: ModelInputs; choices: ModelChoices },
) =>
  INPUT_KEYS.every((k) => a.inputs[k] === b.inputs[k]) &&
  CHOICE_KEYS.every((k) => a.choices[k] === b.choices[k]);

/** The electrode model's headline figures, once they answer the current settings. */
function kineticsText(s: Store): string {
  const k = s.kinetics;
  if (!k || !sameSettings(k, s)) return 'The electrode figures are being computed.';
  return (
    `At 3 C the electrode keeps ${formatFixed(k.retention3C_percent, 0)} % of its capacity; ` +
    `its first-cycle efficiency is ${formatFixed(k.inventory.ice_percent, 0)} %.`
  );
}

/**
 * The screen in a few sentences: the composition, which carrier limits, whether it sits in
 * the balanced band, σamb, and the electrode's 3 C retention and first-cycle efficiency.
 */
export function describeState(s: Store): string {
  const x = s.inputs.xGe;
  const sigma = sigmasOf(s.inputs);
  const balance = carrierBalance(sigma.electronic, sigma.ionic);
  const where = balance === 'balanced' ? 'inside' : 'outside';
  const band = s.result ? ` (${bandText(s.result.balanced)})` : '';
  return (
    `${compositionName(x)} at ${formatInputValue(s.inputs.temperatureC)} °C is ${balance}: ` +
    `${MEANING[balance]}, ${where} the balanced band${band}. ` +
    `Ambipolar conductivity σamb = ${formatScientific(sigma.ambipolar)} S/cm. ${kineticsText(s)}`
  );
}
