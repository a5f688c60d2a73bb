import type { RefitSlice } from './refitTypes';
import type { SliceCreator } from './storeTypes';

/**
 * The refit on show and the kinetic parameters the figures use. Like the imported sets,
 * Reset All leaves them alone: they are the user's fit, not a setting, and a one-click
 * "Back to the published calibration" undoes them. Not in the address either: a link
 * cannot carry the user's data.
 */
export const createRefitSlice: SliceCreator<RefitSlice> = (set, get) => ({
  refit: null,
  kineticOverride: null,
  kineticOverrideSource: null,
  showRefit: (refit) => set({ refit }),
  applyRefit: () => {
    const { refit } = get();
    if (!refit) return;
    set({ kineticOverride: refit.params, kineticOverrideSource: refit.source });
    get().announce(
      `The electrode figures are being redrawn with your parameters (${refit.source}).`,
    );
  },
  backToCalibration: () => {
    if (get().kineticOverride === null) return;
    set({ kineticOverride: null, kineticOverrideSource: null });
    get().announce('The electrode figures are back to the published calibration.');
  },
});
