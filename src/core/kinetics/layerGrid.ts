import type { SphereGrid } from './particle';

/**
 * Depth of the particle skin through which electrons pass to the next particle, nm
 * (assumption: a few times the roughness of a milled particle's contact; small against the
 * 500 nm default radius). The layer's electronic conductivity follows this skin's lithiation.
 */
export const CONTACT_DEPTH_NM = 25;

/**
 * Share of each shell's volume in the outer `depth_cm` of a particle of radius `radius_cm`,
 * normalised to sum 1 (all of the particle when the skin is deeper than the radius).
 */
export function contactWeights(
  grid: SphereGrid,
  depth_cm: number,
  radius_cm: number,
): Float64Array {
  const inner = Math.max(0, 1 - depth_cm / radius_cm);
  const key = `${grid.shells}:${grid.core}:${grid.volumes[0]}:${inner}`;
  const cached = CONTACT_WEIGHTS.get(key);
  if (cached) return cached;
  const weights = new Float64Array(grid.shells);
  let outer = grid.core;
  let total = 0;
  for (let i = 0; i < grid.shells; i++) {
    const lo = outer;
    outer = Math.cbrt(lo ** 3 + (grid.volumes[i] as number));
    const from = Math.max(lo, inner);
    const part = outer > from ? outer ** 3 - from ** 3 : 0;
    weights[i] = part;
    total += part;
  }
  for (let i = 0; i < grid.shells; i++) weights[i] = (weights[i] as number) / total;
  CONTACT_WEIGHTS.set(key, weights);
  return weights;
}

/** Weights per grid and skin depth (never written after: every clone of an electrode shares them). */
const CONTACT_WEIGHTS = new Map<string, Float64Array>();

/**
 * Widest over thinnest layer, whatever the number of layers: thinnest at the faces, where
 * reaction fronts start. A fixed stretch, not a fixed ratio per layer (1.4 until session 5),
 * so that doubling the layers halves every one of them, and refining converges.
 */
export const LAYER_STRETCH = 10;

/**
 * Layer widths as fractions of the thickness, thinnest at the current collector and at
 * the separator: reaction fronts start there, so that is where resolution pays.
 */
export function layerWidths(layers: number): Float64Array {
  const cached = WIDTHS.get(layers);
  if (cached) return cached;
  const half = Math.floor((layers - 1) / 2);
  const growth = half > 0 ? LAYER_STRETCH ** (1 / half) : 1;
  const raw = Array.from({ length: layers }, (_, k) => growth ** Math.min(k, layers - 1 - k));
  const total = raw.reduce((sum, w) => sum + w, 0);
  const widths = Float64Array.from(raw, (w) => w / total);
  WIDTHS.set(layers, widths);
  return widths;
}

/**
 * Share of each layer that lies within `reach` (a fraction of the thickness) of the separator
 * face: where the separator's electrolyte touches the alloy. Continuous in the reach, so the
 * side reaction does not jump when a layer boundary crosses it.
 */
export function separatorExposure(widths: Float64Array, reach: number): Float64Array {
  const from = 1 - Math.min(1, Math.max(0, reach));
  const exposure = new Float64Array(widths.length);
  let edge = 0;
  for (let k = 0; k < widths.length; k++) {
    const w = widths[k] as number;
    exposure[k] = Math.max(0, edge + w - Math.max(edge, from)) / w;
    edge += w;
  }
  return exposure;
}

/** Widths per layer count (shared and never written: every electrode of a size uses them). */
const WIDTHS = new Map<number, Float64Array>();
