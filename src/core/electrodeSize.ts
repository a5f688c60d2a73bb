import { clampInput, INPUT_SPECS, type ModelInputs } from './inputs';
import { loadingOf, thicknessForLoading } from './loading';

/** The electrode actually simulated: its thickness and the alloy loading that makes. */
export interface ElectrodeSize {
  /** What the user holds fixed while x or the porosity change: 'thickness' or 'loading'. */
  readonly basis: string;
  readonly thicknessUm: number;
  readonly loadingMgCm2: number;
  /**
   * Set when the loading asked for needs a layer outside the thickness range: says, in
   * plain words, what is simulated instead.
   */
  readonly notice: string | null;
}

/** The input a basis holds fixed; the other one follows from x and the porosity. */
export const heldInputOf = (basis: string): 'thicknessUm' | 'loadingMgCm2' =>
  basis === 'loading' ? 'loadingMgCm2' : 'thicknessUm';

const THICKNESS = INPUT_SPECS.thicknessUm;
const short = (value: number) => String(Number(value.toPrecision(3)));

/**
 * The layer for these inputs. Held by loading, its thickness changes with x (density) and
 * porosity; the kinetics are defined only over the thickness input's range, so a loading
 * that needs more or less is simulated at the nearest end of it, and the notice says so.
 */
export function electrodeSizeOf(inputs: ModelInputs, basis: string): ElectrodeSize {
  const { xGe, porosity } = inputs;
  if (heldInputOf(basis) === 'thicknessUm') {
    const { thicknessUm } = inputs;
    return {
      basis,
      thicknessUm,
      loadingMgCm2: loadingOf(xGe, porosity, thicknessUm),
      notice: null,
    };
  }
  const needed = thicknessForLoading(xGe, porosity, inputs.loadingMgCm2);
  const thicknessUm = clampInput('thicknessUm', needed);
  if (thicknessUm === needed) {
    return { basis, thicknessUm, loadingMgCm2: inputs.loadingMgCm2, notice: null };
  }
  const loadingMgCm2 = loadingOf(xGe, porosity, thicknessUm);
  return {
    basis,
    thicknessUm,
    loadingMgCm2,
    notice:
      `A loading of ${short(inputs.loadingMgCm2)} mg/cm² at x = ${short(xGe)} and porosity ` +
      `${short(porosity)} needs a ${short(needed)} µm layer, outside the model's ` +
      `${THICKNESS.min}–${THICKNESS.max} µm: it simulates ${short(thicknessUm)} µm ` +
      `(${short(loadingMgCm2)} mg/cm²) instead.`,
  };
}

/**
 * What a link or a command line that names no basis means: a loading sets the electrode,
 * and a thickness given beside it is ignored, which the notice says.
 */
export function basisOfGiven(
  thicknessUm: number | undefined,
  loadingMgCm2: number | undefined,
): { readonly basis: string | null; readonly notice: string | null } {
  if (loadingMgCm2 === undefined) return { basis: null, notice: null };
  const notice =
    thicknessUm === undefined
      ? null
      : `${THICKNESS.label} ${short(thicknessUm)} µm ignored: the areal loading given with it, ` +
        `${short(loadingMgCm2)} mg/cm², sets the electrode.`;
  return { basis: 'loading', notice };
}
