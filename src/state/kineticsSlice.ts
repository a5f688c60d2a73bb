import type { ModelChoices, ModelInputs } from '../core/inputs';
import type { KineticsView } from '../core/kinetics/api';
import type { ModelStatus } from './resultsSlice';
import type { SliceCreator } from './store';

export interface KineticsSlice {
  /** The newest kinetics answer; the panels keep drawing it (dimmed) while the next computes. */
  kinetics: KineticsView | null;
  kineticsStatus: ModelStatus;
  /** The last failure, kept until dismissed or until an answer arrives. */
  kineticsError: string | null;
  /** Bumped by retryKinetics() so that unchanged inputs are sent again (view and sweep). */
  kineticsRevision: number;
  /**
   * Whether any of the kinetics section is on screen (true until the page says otherwise).
   * While it is not, a drag elsewhere asks for the kinetics only once it rests.
   */
  kineticsInView: boolean;
  setKineticsInView(inView: boolean): void;
  /**
   * Whether a pointer holds a slider. A press is the first step of a drag more often than
   * a change of its own: while it lasts, work nobody is looking at waits.
   */
  sliderHeld: boolean;
  setSliderHeld(held: boolean): void;
  startKinetics(): void;
  applyKinetics(view: KineticsView): void;
  failKinetics(message: string): void;
  dismissKineticsError(): void;
  retryKinetics(): void;
}

const sameRecord = <T extends Readonly<Record<string, unknown>>>(a: T, b: T) =>
  Object.keys(a).every((k) => a[k] === b[k]);

/** Whether an answer belongs to what is asked for now (not to an earlier drag position). */
export const isCurrent = (view: KineticsView, inputs: ModelInputs, choices: ModelChoices) =>
  sameRecord(view.inputs, inputs) && sameRecord(view.choices, choices);

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
