import type { ModelChoices, ModelInputs, KineticsView } from '../core';
import type { KineticsSlice, SliceCreator } from './storeTypes';

const sameRecord = <T extends Readonly<Record<string, unknown>>>(a: T, b: T) =>
  Object.keys(a).every((k) => a[k] === b[k]);

/**
 * Whether an answer is the settled one for what is asked for now: not for an earlier drag
 * position, and not a drag's coarser preview.
 */
export const isCurrent = (view: KineticsView, inputs: ModelInputs, choices: ModelChoices) =>
  !view.draft && sameRecord(view.inputs, inputs) && sameRecord(view.choices, choices);

export const createKineticsSlice: SliceCreator<KineticsSlice> = (set) => ({
  kinetics: null,
  kineticsStatus: 'idle',
  kineticsError: null,
  kineticsRevision: 0,
  kineticsInView: true,
  setKineticsInView: (inView) =>
    set((s) => (s.kineticsInView === inView ? s : { kineticsInView: inView })),
  sliderHeld: false,
  setSliderHeld: (held) => set((s) => (s.sliderHeld === held ? s : { sliderHeld: held })),
  startKinetics: () =>
    set((s) => (s.kineticsStatus === 'computing' ? s : { kineticsStatus: 'computing' })),
  applyKinetics: (view) =>
    set((s) => ({
      kinetics: view,
      kineticsStatus: isCurrent(view, s.inputs, s.choices) ? 'ready' : 'computing',
      // Unlike the conductivity banner, this message sits beside the panels it explains;
      // once they show a fresh answer it would only mislead.
      kineticsError: null,
    })),
  failKinetics: (message) => set({ kineticsStatus: 'error', kineticsError: message }),
  dismissKineticsError: () => set({ kineticsError: null }),
  retryKinetics: () => set((s) => ({ kineticsRevision: s.kineticsRevision + 1 })),
});
