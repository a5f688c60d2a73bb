import { CHOICE_KEYS, INPUT_KEYS, type ChoiceKey, type InputKey, keysOf } from '../core';
import { lastValueReader } from './queryValues';

/**
 * Lesson links: three query parameters beside the inputs that shape the page for a class or a
 * wiki, not the model.
 *   lock=xGe,temperatureC     those controls are fixed at the link's values
 *   show=conductivity,rate    only those sections of the page
 *   view=rate                 one figure alone, with the Ge slider (a slide, a wiki page)
 * They are read once, when the app mounts, and the address keeps them as it follows the inputs.
 */

/** A setting a lesson link can fix: any input or choice. */
export type LockKey = InputKey | ChoiceKey;

/**
 * The sections of the page that `show` picks from, in page order: what each is called in the
 * "Share as lesson" panel, and whether it is part of the electrode section (which appears,
 * with its controls, if any of its parts is shown).
 */
const SECTIONS = {
  conductivity: { label: 'Conductivity figure', electrode: false },
  properties: { label: 'Properties table', electrode: false },
  diffusivity: { label: 'Li diffusivity figures', electrode: false },
  about: { label: 'About this model', electrode: false },
  rate: { label: 'Rate capability', electrode: true },
  retention: { label: 'Retention across x', electrode: true },
  profile: { label: 'Voltage profiles', electrode: true },
  dqdv: { label: 'Differential capacity (dQ/dV)', electrode: true },
  distribution: { label: 'Reaction distribution', electrode: true },
  lithium: { label: 'Where the lithium goes, full cell', electrode: true },
  map: { label: 'Design map', electrode: false },
  fit: { label: 'Model against experiment', electrode: false },
} as const;
export type SectionId = keyof typeof SECTIONS;
export const SECTION_IDS: readonly SectionId[] = keysOf(SECTIONS);
export const SECTION_LABELS: Readonly<Record<SectionId, string>> = Object.fromEntries(
  SECTION_IDS.map((id) => [id, SECTIONS[id].label]),
) as Record<SectionId, string>;
export const KINETICS_SECTIONS: readonly SectionId[] = SECTION_IDS.filter(
  (id) => SECTIONS[id].electrode,
);

/** The figures `view` can show alone, each marked if the electrode model draws it (its code is a chunk of its own). */
const FIGURES = {
  conductivity: false,
  diffusivity: false,
  rate: true,
  retention: true,
  profile: true,
  dqdv: true,
  distribution: true,
  inventory: true,
} as const;
export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS: readonly FigureId[] = keysOf(FIGURES);
export const KINETICS_FIGURES: readonly FigureId[] = FIGURE_IDS.filter((id) => FIGURES[id]);

export interface Lesson {
  /** Settings fixed at the link's values: their controls are disabled, and the store ignores changes. */
  readonly locked: readonly LockKey[];
  /** The sections shown, or null for all of them. */
  readonly show: readonly SectionId[] | null;
  /** One figure alone, or null for the whole page. */
  readonly view: FigureId | null;
}

export const NO_LESSON: Lesson = { locked: [], show: null, view: null };

export const LESSON_PARAMS = ['lock', 'show', 'view'] as const;

export const LOCK_KEYS: readonly LockKey[] = [...INPUT_KEYS, ...CHOICE_KEYS];

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** The listed items of a comma-separated value; empty items (a trailing comma) are dropped. */
const itemsOf = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export interface ParsedLesson {
  readonly lesson: Lesson;
  /** One sentence per part of the link that could not be used, as for the inputs. */
  readonly messages: string[];
}

/**
 * Reads `lock`, `show` and `view` from a query string. An unknown name is left out with a
 * message; a parameter given twice takes its last value, with a message (as the inputs do).
 */
export function parseLesson(search: string): ParsedLesson {
  const params = new URLSearchParams(search);
  const messages: string[] = [];
  const valueOf = lastValueReader(params, messages);
  const listOf = <T extends string>(key: string, known: readonly T[], what: string): T[] | null => {
    const raw = valueOf(key);
    if (raw === null) return null;
    const found: T[] = [];
    for (const item of itemsOf(raw)) {
      if (isOneOf(known, item)) {
        if (!found.includes(item)) found.push(item);
      } else {
        messages.push(
          `“${item}” in “${key}” is not ${what}; it is left out. Known: ${known.join(', ')}.`,
        );
      }
    }
    return found;
  };

  const locked = listOf('lock', LOCK_KEYS, 'a setting') ?? [];
  const shown = listOf('show', SECTION_IDS, 'a section');
  // Nothing usable to show would be an empty page: the whole page instead.
  const show = shown && shown.length > 0 ? shown : null;
  if (shown && shown.length === 0)
    messages.push('“show” names no known section; showing them all.');
  let view: FigureId | null = null;
  const rawView = valueOf('view');
  if (rawView !== null) {
    const name = rawView.trim();
    if (isOneOf(FIGURE_IDS, name)) view = name;
    else {
      messages.push(
        `“${name}” in “view” is not a figure; showing the whole page. Known: ${FIGURE_IDS.join(', ')}.`,
      );
    }
  }
  return { lesson: { locked, show, view }, messages };
}

/** The query parameters of a lesson (empty ones left out), in a fixed order. */
export function lessonParams(lesson: Lesson): [string, string][] {
  const out: [string, string][] = [];
  if (lesson.locked.length > 0) out.push(['lock', lesson.locked.join(',')]);
  if (lesson.show) out.push(['show', lesson.show.join(',')]);
  if (lesson.view) out.push(['view', lesson.view]);
  return out;
}

/** Whether a section is on the page under this lesson. */
export const isShown = (lesson: Lesson, id: SectionId): boolean =>
  lesson.show === null || lesson.show.includes(id);

export const LOCK_REASON = 'Fixed by this lesson link';
