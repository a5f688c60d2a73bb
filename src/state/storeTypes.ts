/**
 * The store's shape: every slice's state and actions, and the combined Store. Kept apart
 * from the slices' code so that a slice, the store and the components all depend on this
 * file and never on each other.
 */
import type { StateCreator } from 'zustand';
import type {
  ComputeResult,
  ChoiceKey,
  InputKey,
  ModelChoices,
  ModelInputs,
  KineticsView,
  RetentionPoint,
} from '../core';
import type { CellDataSlice } from './cellDataTypes';
import type { DesignMapSlice } from './designMapTypes';
import type { Lesson } from './lesson';
import type { Pin, PinsSlice } from './pinTypes';
import type { RefitSlice } from './refitTypes';

export type Store = ParamsSlice &
  ResultsSlice &
  KineticsSlice &
  RetentionSlice &
  AnnounceSlice &
  DesignMapSlice &
  PinsSlice &
  CellDataSlice &
  RefitSlice;

/** One slice of the store; middleware is applied once, on the combined store. */
export type SliceCreator<Slice> = StateCreator<
  Store,
  [['zustand/subscribeWithSelector', never]],
  [],
  Slice
>;

export interface ParamsSlice {
  /** What the user asked for; always within each input's declared range. */
  inputs: ModelInputs;
  /** The named options (separator, snapshot branch); always one of the declared values. */
  choices: ModelChoices;
  /** Why some requested settings (from the link) were not used; shown until dismissed. */
  notices: readonly string[];
  /**
   * The lesson link's shape of the page (locked settings, shown sections, one figure alone);
   * set when the app mounts and never changed by the page.
   */
  lesson: Lesson;
  /**
   * Sets one input, clamped into its range (non-finite values fall back to the default).
   * A locked input is left as it is, whoever asks (a control, a key, a button).
   */
  setInput(key: InputKey, value: number): void;
  /**
   * Sets one choice; a value that is not one of its options is ignored. A new cathode also
   * sets the cathode's figures to its literature values; a new electrode basis sets the
   * quantity it holds to the electrode's present one. A locked choice is left as it is, and
   * so are locked inputs that a new choice would otherwise set.
   */
  setChoice(key: ChoiceKey, value: string): void;
  dismissNotices(): void;
  /**
   * Counts the Reset All presses: the address bar empties its query on each (a plain
   * comparison of the inputs could not tell a reset from a change back to the defaults).
   */
  resets: number;
  /**
   * Every input and choice back to its default, the notices dismissed, and one polite
   * announcement saying so; the address becomes the bare page (urlSync). Under a lesson
   * link, the locked settings keep the link's values and the address keeps the lesson.
   */
  resetAll(): void;
}

export interface ParamsInit {
  inputs?: ModelInputs;
  choices?: ModelChoices;
  notices?: readonly string[];
  lesson?: Lesson;
  /** Views pinned for comparison (from the link's `pin=` entries). */
  pins?: readonly Pin[];
}

export type ModelStatus = 'idle' | 'computing' | 'ready' | 'error';

export interface ResultsSlice {
  /** The newest answer from the model; what the chart and readouts draw. */
  result: ComputeResult | null;
  status: ModelStatus;
  /** The last failure, kept until dismissed so that a quick recovery does not hide it. */
  error: string | null;
  /** Bumped by retry() so that unchanged inputs are sent again. */
  revision: number;
  startComputing(): void;
  applyResult(result: ComputeResult): void;
  failComputation(message: string): void;
  dismissError(): void;
  retry(): void;
}

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

export type SweepStatus = 'idle' | 'computing' | 'ready' | 'error';

/** The retention-versus-x curve, filled in a few compositions at a time. */
export interface RetentionSweep {
  /** Identifies the cell (every setting but x) that the points belong to. */
  readonly key: string;
  /** What has arrived so far, ascending in x. */
  readonly points: readonly RetentionPoint[];
  /** How many compositions the finished curve has. */
  readonly total: number;
  readonly status: SweepStatus;
  readonly error: string | null;
  /** The last finished curve, drawn faintly while a new one grows; null before the first. */
  readonly previous: readonly RetentionPoint[] | null;
}

export interface RetentionSlice {
  retention: RetentionSweep;
  /** Begins a new curve for `key`; the finished one (if any) becomes `previous`. */
  startRetention(key: string, total: number): void;
  /** Adds a chunk of points; a chunk for another key (a stale sweep) is ignored. */
  addRetention(key: string, points: readonly RetentionPoint[]): void;
  failRetention(key: string, message: string): void;
}

/** A sentence for the polite live region; `seq` makes a repeat of the same words heard again. */
export interface Announcement {
  readonly text: string;
  readonly seq: number;
}

export interface AnnounceSlice {
  /** The newest announcement (null before the first). */
  announcement: Announcement | null;
  announce(text: string): void;
}
