import type { ModelChoices, ModelInputs, KineticsView } from '../core';

/** More would crowd the figures past reading (and their legends past fitting a phone). */
export const MAX_PINS = 4;

/** A view kept for comparison: every input and choice as they were when it was pinned. */
export interface Pin {
  /**
   * Its `pin=` entry (what differs from the defaults): two pins of the same view have the
   * same key, and the key names its answer in `pinResults`.
   */
  readonly key: string;
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
  /**
   * Which colour and dash it is drawn with, 0 to MAX_PINS − 1: taken at pinning and kept, so
   * that removing one pin does not repaint the others.
   */
  readonly slot: number;
}

export type PinResult =
  | { readonly status: 'computing' }
  | { readonly status: 'ready'; readonly view: KineticsView }
  | { readonly status: 'error'; readonly message: string };

export interface PinsSlice {
  /** In the order they were pinned; at most MAX_PINS. */
  pins: readonly Pin[];
  /** The kinetics of each pin by its key; a pin with no entry has not been asked for yet. */
  pinResults: Readonly<Record<string, PinResult>>;
  /** Pins the view as it is now, unless it is pinned already or MAX_PINS are; says which. */
  pinCurrent(): void;
  removePin(key: string): void;
  clearPins(): void;
  /** A pin's answer (or its failure); one for a pin no longer there is dropped. */
  setPinResult(key: string, result: PinResult): void;
}
