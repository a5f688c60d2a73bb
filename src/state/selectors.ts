import type { ChoiceKey, InputKey } from '../core';
import type { Store } from './storeTypes';

// Components select single fields so that a store change re-renders only what it touches.

export const selectInputs = (s: Store) => s.inputs;
export const selectXGe = (s: Store) => s.inputs.xGe;
export const selectNotices = (s: Store) => s.notices;
export const selectStatus = (s: Store) => s.status;
export const selectError = (s: Store) => s.error;
export const selectResult = (s: Store) => s.result;
export const selectSweep = (s: Store) => s.result?.conductivity ?? null;
export const selectBalanced = (s: Store) => s.result?.balanced ?? null;
export const selectDiffusivity = (s: Store) => s.result?.diffusivity ?? null;

const inputSelectors = new Map<InputKey, (s: Store) => number>();

/** One stable selector per input key. */
export function selectInput(key: InputKey): (s: Store) => number {
  let selector = inputSelectors.get(key);
  if (!selector) {
    selector = (s: Store) => s.inputs[key];
    inputSelectors.set(key, selector);
  }
  return selector;
}

export const selectChoices = (s: Store) => s.choices;
export const selectKinetics = (s: Store) => s.kinetics;
export const selectKineticsStatus = (s: Store) => s.kineticsStatus;
export const selectKineticsError = (s: Store) => s.kineticsError;
export const selectRetention = (s: Store) => s.retention;
/**
 * The kinetics panels dim while a newer answer is on its way (an old one stays drawn), but
 * not during a drag: the figures follow it live, and the composition bar above them says
 * which x they show.
 */
export const selectKineticsBusy = (s: Store) => s.kineticsStatus === 'computing' && !s.sliderHeld;

const choiceSelectors = new Map<ChoiceKey, (s: Store) => string>();

/** One stable selector per choice key. */
export function selectChoice(key: ChoiceKey): (s: Store) => string {
  let selector = choiceSelectors.get(key);
  if (!selector) {
    selector = (s: Store) => s.choices[key];
    choiceSelectors.set(key, selector);
  }
  return selector;
}
