import { color } from 'd3-color';
import { interpolateInferno } from 'd3-scale-chromatic';

/**
 * The part of inferno used: its lightness rises steadily, so the rates stay in order
 * for every colour-vision deficiency and in greyscale, and even the lightest colour
 * keeps 3:1 contrast on white (the bright yellow end is cut off).
 */
const FROM = 0.15;
const TO = 0.65;

const hex = (t: number) => color(interpolateInferno(t))?.formatHex() ?? '#000000';

/**
 * One colour per rate, by rank: the slowest darkest, the fastest lightest. Equal
 * rates get equal colours, as they draw the same curve.
 */
export function rateColors(rates: readonly number[]): string[] {
  const distinct = [...new Set(rates)].sort((a, b) => a - b);
  const last = Math.max(1, distinct.length - 1);
  return rates.map((r) => hex(FROM + ((TO - FROM) * distinct.indexOf(r)) / last));
}
