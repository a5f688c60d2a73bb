import { shallow } from 'zustand/shallow';
import {
  CHOICE_KEYS,
  checkChoice,
  checkInput,
  DEFAULT_CHOICES,
  defaultInputsFor,
  INPUT_KEYS,
  INPUT_SPECS,
  type ChoiceKey,
  type InputKey,
  type ModelChoices,
  type ModelInputs,
} from '../core/inputs';
import { basisOfGiven, heldInputOf } from '../core/electrodeSize';
import { lessonParams } from './lesson';
import type { AppStore } from './store';
import { lastValueReader } from './queryValues';

export interface ParsedUrlInputs {
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
  /** One sentence per value that could not be used, saying what was used instead. */
  readonly messages: string[];
}

const withUnit = (key: InputKey, value: number) => {
  const unit = INPUT_SPECS[key].unit;
  return unit ? `${value} ${unit}` : String(value);
};

/**
 * Reads the inputs and choices from a query string such as
 * `?xGe=0.25&temperatureC=60&separator=Li10GeP2S12`. Only the declared keys are
 * read; everything else in the query belongs to someone else and is ignored.
 * Invalid values fall back to the default, with a message so the user learns why
 * the page differs from the link. A loading given without a basis sets the electrode.
 */
export function parseUrlInputs(search: string): ParsedUrlInputs {
  const params = new URLSearchParams(search);
  const messages: string[] = [];
  const valueOf = lastValueReader(params, messages);
  // Choices first: the cathode decides the defaults of its own figures.
  const choices: Record<ChoiceKey, string> = { ...DEFAULT_CHOICES };
  for (const key of CHOICE_KEYS) {
    const raw = valueOf(key);
    if (raw === null) continue;
    const check = checkChoice(key, raw);
    if (check.ok) choices[key] = check.value;
    else messages.push(`${check.message} Using the default, ${DEFAULT_CHOICES[key]}.`);
  }
  const defaults = defaultInputsFor(choices);
  const inputs: Record<InputKey, number> = { ...defaults };
  const read = new Set<InputKey>();
  for (const key of INPUT_KEYS) {
    const raw = valueOf(key);
    if (raw === null) continue;
    const check = checkInput(key, raw);
    if (check.ok) {
      inputs[key] = check.value;
      read.add(key);
    } else {
      messages.push(`${check.message} Using the default, ${withUnit(key, defaults[key])}.`);
    }
  }
  if (!params.has('electrodeBasis')) {
    const given = (key: InputKey) => (read.has(key) ? inputs[key] : undefined);
    const implied = basisOfGiven(given('thicknessUm'), given('loadingMgCm2'));
    if (implied.basis) choices.electrodeBasis = implied.basis;
    if (implied.notice) messages.push(implied.notice);
  }
  return { inputs, choices, messages };
}

/** Short, float-noise-free text for a value (0.17500000000000002 → "0.175"). */
export const formatUrlValue = (value: number): string => String(Number(value.toPrecision(12)));

/**
 * The address for the given inputs and choices: defaults are left out so that a
 * plain link stays plain; other query parameters and the hash are kept as they are.
 */
export function urlForInputs(
  inputs: ModelInputs,
  href: string,
  choices: ModelChoices = DEFAULT_CHOICES,
): string {
  const url = new URL(href);
  const defaults = defaultInputsFor(choices);
  // Of thickness and loading, only the one the basis holds: the other one follows from it.
  const unheld =
    heldInputOf(choices.electrodeBasis) === 'thicknessUm' ? 'loadingMgCm2' : 'thicknessUm';
  for (const key of INPUT_KEYS) {
    if (inputs[key] === defaults[key] || key === unheld) url.searchParams.delete(key);
    else url.searchParams.set(key, formatUrlValue(inputs[key]));
  }
  for (const key of CHOICE_KEYS) {
    if (choices[key] === DEFAULT_CHOICES[key]) url.searchParams.delete(key);
    else url.searchParams.set(key, choices[key]);
  }
  // searchParams writes a comma as %2C; a lesson link's lists (lock=xGe,temperatureC) read
  // better, and mean the same, with plain commas.
  url.search = url.search.replaceAll('%2C', ',');
  return url.href;
}

export interface UrlSyncOptions {
  /** How long the inputs must rest before the address is written. */
  intervalMs?: number;
  /** During a long drag, the address is still written this often. */
  maxWaitMs?: number;
  /** The window whose address is kept in step; injectable for tests. */
  win?: Pick<Window, 'location' | 'history'>;
}

/**
 * Keeps the address bar in step with the inputs and choices so that a link reproduces the
 * view. history.replaceState, not pushState: dragging must not flood the back
 * button. A write costs the page a few milliseconds, so during a drag it waits until the
 * inputs rest (or maxWaitMs has passed); the last one always lands.
 */
export function startUrlSync(store: AppStore, options: UrlSyncOptions = {}): () => void {
  const { intervalMs = 250, maxWaitMs = 1000, win = window } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let burstStart = 0;
  let lastChange = 0;

  const write = () => {
    timer = null;
    const { inputs, choices } = store.getState();
    const next = urlForInputs(inputs, win.location.href, choices);
    if (next !== win.location.href) win.history.replaceState(win.history.state, '', next);
  };

  // One timer per burst, not one per change: when it fires before the inputs have rested,
  // it sets itself again for the time they will have.
  const due = () => Math.min(lastChange + intervalMs, burstStart + maxWaitMs);
  const onTimer = () => {
    const wait = due() - Date.now();
    if (wait > 0) timer = setTimeout(onTimer, wait);
    else write();
  };

  // Right away: a link with unusable values is rewritten to what is actually shown.
  write();
  const unsubscribe = store.subscribe(
    (s) => [s.inputs, s.choices] as const,
    () => {
      lastChange = Date.now();
      if (timer !== null) return;
      burstStart = lastChange;
      timer = setTimeout(onTimer, intervalMs);
    },
    { equalityFn: shallow },
  );
  // Reset All: the bare page, at once. Every query parameter goes, not only the inputs':
  // "reset all" means the page as a fresh visit shows it. The inputs' own write, when it
  // comes, then finds the address already right. A lesson link stays one: its lock, show
  // and view stay, and so do the values it fixed (the reset kept them in the store).
  const unsubscribeReset = store.subscribe(
    (s) => s.resets,
    () => {
      const { lesson, inputs, choices } = store.getState();
      const url = new URL(win.location.href);
      url.search = '';
      for (const [name, value] of lessonParams(lesson)) url.searchParams.set(name, value);
      const next = lesson.locked.length > 0 ? urlForInputs(inputs, url.href, choices) : url.href;
      if (next !== win.location.href) win.history.replaceState(win.history.state, '', next);
    },
  );
  return () => {
    unsubscribe();
    unsubscribeReset();
    if (timer !== null) {
      clearTimeout(timer);
      write();
    }
  };
}
