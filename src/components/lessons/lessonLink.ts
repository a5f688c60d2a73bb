import type { ModelChoices, ModelInputs } from '../../core';
import {
  lessonParams,
  LOCK_KEYS,
  SECTION_IDS,
  type Lesson,
  type LockKey,
  type SectionId,
} from '../../state/lesson';
import { urlForInputs } from '../../state/urlSync';

/**
 * The link of a lesson: the current inputs, the locked settings and the shown sections (all
 * of them shown: no `show` at all). Relative to this page's own address, query and hash
 * replaced.
 */
export function lessonLink(
  href: string,
  state: { inputs: ModelInputs; choices: ModelChoices },
  locked: readonly LockKey[],
  shown: readonly SectionId[],
): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  const lesson: Lesson = {
    locked: LOCK_KEYS.filter((k) => locked.includes(k)),
    show: shown.length === SECTION_IDS.length ? null : SECTION_IDS.filter((s) => shown.includes(s)),
    view: null,
  };
  for (const [name, value] of lessonParams(lesson)) url.searchParams.set(name, value);
  // The inputs after the lesson; urlForInputs keeps the lists' commas readable.
  return urlForInputs(state.inputs, url.href, state.choices);
}
