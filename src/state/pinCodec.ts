import { CHOICE_KEYS, echo, INPUT_KEYS, type ModelChoices, type ModelInputs } from '../core';
import { MAX_PINS, type Pin } from './pinTypes';
import { lastValueReader } from './queryValues';
import { changedSettings, formatUrlValue, readSettings } from './settingsCodec';

/**
 * Pinned views in the address, one `pin=` entry each, written as what differs from the
 * defaults: `pin=xGe:0.125` or `pin=xGe:0,temperatureC:40`. The Ge fraction is always
 * written (it names the pin); names and values are the query's own, checked by the same
 * rules (settingsCodec), and no value of a setting holds a comma or a colon.
 */
export const PIN_PARAM = 'pin';

const SETTING_NAMES: readonly string[] = [...INPUT_KEYS, ...CHOICE_KEYS];

/** The entry of a view: "xGe:0.125,temperatureC:40". */
export function encodePin(inputs: ModelInputs, choices: ModelChoices): string {
  const rest = changedSettings(inputs, choices).filter(([key]) => key !== 'xGe');
  return [['xGe', formatUrlValue(inputs.xGe)], ...rest].map(([k, v]) => `${k}:${v}`).join(',');
}

export type DecodedPin =
  | { readonly ok: true; readonly inputs: ModelInputs; readonly choices: ModelChoices }
  | { readonly ok: false; readonly message: string };

/**
 * The view of one entry. Unlike a value of the page's own query, a bad item does not fall
 * back to its default: a pin that is not the view it names would mislead, so it is refused.
 * `notes` gets what is worth saying about an entry that is used (a name given twice).
 */
export function decodePin(entry: string, notes: string[] = []): DecodedPin {
  const items = entry
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) return { ok: false, message: 'it names no setting.' };
  const params = new URLSearchParams();
  for (const item of items) {
    const colon = item.indexOf(':');
    const name = colon < 0 ? item : item.slice(0, colon).trim();
    if (colon < 0 || !SETTING_NAMES.includes(name)) {
      return { ok: false, message: `“${echo(item)}” is not name:value of a setting.` };
    }
    params.append(name, item.slice(colon + 1));
  }
  const problems: string[] = [];
  const { inputs, choices } = readSettings(lastValueReader(params, notes), {
    rejected: (message) => problems.push(message),
    noted: (message) => notes.push(message),
  });
  return problems.length > 0
    ? { ok: false, message: problems.join(' ') }
    : { ok: true, inputs, choices };
}

/**
 * A pin of this view, its settings as its entry gives them back (values to 12 digits, the
 * quantity the electrode basis does not hold at its default): the pin a link brings back
 * is then the same pin, key and all.
 */
export function pinOf(inputs: ModelInputs, choices: ModelChoices, slot: number): Pin {
  const key = encodePin(inputs, choices);
  const decoded = decodePin(key);
  // Every value of a view is in range, so its own entry always reads back.
  if (!decoded.ok) throw new Error(`pin entry ${key} does not read back: ${decoded.message}`);
  return { key, inputs: decoded.inputs, choices: decoded.choices, slot };
}

/** The first slot no pin holds. */
export const freeSlot = (pins: readonly Pin[]): number => {
  let slot = 0;
  while (pins.some((p) => p.slot === slot)) slot += 1;
  return slot;
};

export interface ParsedPins {
  readonly pins: Pin[];
  /** One sentence per entry left out (or worth a word), as for the page's own values. */
  readonly messages: string[];
}

/**
 * The pins of a query string, in order: a bad entry, a repeat of an earlier one or one past
 * MAX_PINS is left out with a message, never an error.
 */
export function parsePins(search: string): ParsedPins {
  const pins: Pin[] = [];
  const messages: string[] = [];
  for (const entry of new URLSearchParams(search).getAll(PIN_PARAM)) {
    const named = `Pin “${echo(entry)}”`;
    if (pins.length === MAX_PINS) {
      messages.push(`${named} left out: at most ${MAX_PINS} pins.`);
      continue;
    }
    const notes: string[] = [];
    const decoded = decodePin(entry, notes);
    if (!decoded.ok) {
      messages.push(`${named} left out: ${decoded.message}`);
      continue;
    }
    const pin = pinOf(decoded.inputs, decoded.choices, pins.length);
    if (pins.some((p) => p.key === pin.key)) {
      messages.push(`${named} left out: the same view is pinned before it.`);
      continue;
    }
    messages.push(...notes.map((note) => `${named}: ${note}`));
    pins.push(pin);
  }
  return { pins, messages };
}

/** The address with these pins as its `pin=` entries, in order, everything else kept. */
export function urlWithPins(href: string, pins: readonly Pin[]): string {
  const url = new URL(href);
  url.searchParams.delete(PIN_PARAM);
  for (const pin of pins) url.searchParams.append(PIN_PARAM, pin.key);
  // Commas and colons are at home in a query; written plain, an entry reads as it is meant.
  url.search = url.search.replaceAll('%2C', ',').replaceAll('%3A', ':');
  return url.href;
}
