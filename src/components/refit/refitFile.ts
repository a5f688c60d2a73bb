import { RefitError } from '../../core/refit/errors';
import { refitSetFromJson, refitSetToJson } from '../../core/refit/refitJson';
import { saveFile } from '../../export/saveFile';
import type { ShownRefit } from '../../state/refitTypes';

/** "cell.csv" → "cell_refit.json"; a loaded file's data name when it recorded one. */
export function refitFileName(refit: ShownRefit): string {
  const data = typeof refit.meta.dataFile === 'string' ? refit.meta.dataFile : 'sige';
  const base = data.replace(/\.[^.]*$/, '') || 'sige';
  return `${base}_refit.json`;
}

/** Saves the refit on show as the JSON file the CLI and "Load parameters…" read. */
export function saveRefit(refit: ShownRefit): void {
  const meta = { ...refit.meta, source: refit.source };
  saveFile(refitFileName(refit), refitSetToJson(refit, meta), 'application/json');
}

/**
 * A saved parameter set, read back as a refit to show; a RefitError with the reason for
 * anything else (not JSON, another kind of file, a value out of range).
 */
export async function loadRefit(file: Blob & { readonly name: string }): Promise<ShownRefit> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    throw new RefitError(`${file.name} could not be read: ${String(error)}`);
  }
  const set = refitSetFromJson(text);
  return {
    params: set.params,
    fitted: set.fitted,
    residuals: set.residuals,
    source: `loaded from ${file.name}`,
    stopped: set.meta.stopped === true,
    notes: [],
    meta: set.meta,
  };
}
