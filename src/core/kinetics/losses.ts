import type { Electrode } from './electrode';
import { openCircuitPotential, type Branch } from './ocp';

/**
 * Where the electrode's last step's polarisation went, V (positive = lost): [electronic,
 * ionic, series (separator + counter electrode), kinetic, solid diffusion], the last two
 * weighted by each layer's reaction. Worked out when asked (a snapshot), not at every step.
 */
export function lossesOf(e: Electrode, branch: Branch): number[] {
  const [electronic = 0, ionic = 0, series = 0, current = 0] = e.lastDrops;
  const shift = e.cell.ocpShift_V;
  let kinetic = 0;
  let diffusion = 0;
  let weight = 0;
  for (let k = 0; k < e.layers; k++) {
    const j = e.reaction[k] as number;
    const w = Math.abs(j) * (e.widths[k] as number);
    const thetaS = e.surfaceAt(k, j);
    const uSurface = openCircuitPotential(thetaS, shift, branch);
    kinetic += w * ((e.psi[k] as number) + uSurface);
    const uMean = openCircuitPotential(e.activeTheta(k), shift, branch);
    diffusion += w * (uMean - uSurface);
    weight += w;
  }
  const sign = Math.sign(current) || 1;
  return [
    sign * electronic,
    sign * ionic,
    sign * series,
    weight > 0 ? (sign * kinetic) / weight : 0,
    weight > 0 ? (sign * diffusion) / weight : 0,
  ];
}
