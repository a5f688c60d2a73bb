import { shallow } from 'zustand/shallow';
import {
  CHOICE_KEYS,
  DEFAULT_CHOICES,
  INPUT_KEYS,
  type ModelChoices,
  type ModelInputs,
} from '../core';
import { lessonParams } from './lesson';
import { urlWithPins } from './pinCodec';
import type { AppStore } from './store';
import { lastValueReader } from './queryValues';
import { changedSettings, readSettings } from './settingsCodec';

export { formatUrlValue } from './settingsCodec';

export interface ParsedUrlInputs {
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
  /** One sentence per value that could not be used, saying what was used instead. */
  readonly messages: string[];
}

/**
 * Reads the inputs and choices from a query string such as
 * `?xGe=0.25&temperatureC=60&separator=Li10GeP2S12`. Only the declared keys are
 * read; everything else in the query belongs to someone else and is ignored.
 * Invalid values fall back to the default, with a message so the user learns why
 * the page differs from the link. A loading given without a basis sets the electrode.
 */
export function parseUrlInputs(search: string): ParsedUrlInputs {
  const messages: string[] = [];
  const { inputs, choices } = readSettings(lastValueReader(new URLSearchParams(search), messages), {
    rejected: (message, _key, fallback) =>
      messages.push(`${message} Using the default, ${fallback}.`),
    noted: (message) => messages.push(message),
  });
  return { inputs, choices, messages };
}

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
  const changed = new Map(changedSettings(inputs, choices));
  for (const key of [...INPUT_KEYS, ...CHOICE_KEYS]) {
    const value = changed.get(key);
    if (value === undefined) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
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

  const replace = (next: string) => {
    if (next !== win.location.href) win.history.replaceState(win.history.state, '', next);
  };
  const write = () => {
    timer = null;
    const { inputs, choices, pins } = store.getState();
    replace(urlWithPins(urlForInputs(inputs, win.location.href, choices), pins));
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
  // A pin is one press, not a drag: its entry is written at once (the inputs as they are with
  // it; a write still waiting for a drag to rest finds the address right, or writes it).
  const unsubscribePins = store.subscribe(
    (s) => s.pins,
    (pins) => replace(urlWithPins(win.location.href, pins)),
  );
  // Reset All: the bare page, at once. Every query parameter goes, not only the inputs':
  // "reset all" means the page as a fresh visit shows it. The inputs' own write, when it
  // comes, then finds the address already right. A lesson link stays one: its lock, show
  // and view stay, and so do the values it fixed (the reset kept them in the store). So do
  // the pins: they are what the user compares against, not settings (Clear pins drops them).
  const unsubscribeReset = store.subscribe(
    (s) => s.resets,
    () => {
      const { lesson, inputs, choices, pins } = store.getState();
      const url = new URL(win.location.href);
      url.search = '';
      for (const [name, value] of lessonParams(lesson)) url.searchParams.set(name, value);
      const next = lesson.locked.length > 0 ? urlForInputs(inputs, url.href, choices) : url.href;
      replace(urlWithPins(next, pins));
    },
  );
  return () => {
    unsubscribe();
    unsubscribePins();
    unsubscribeReset();
    if (timer !== null) {
      clearTimeout(timer);
      write();
    }
  };
}
