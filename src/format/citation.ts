import { SOURCES } from '../data/measurements';

export interface Cited {
  readonly sourceKey: string;
  readonly sourceDetail: string;
}

/**
 * "LiXia2025 Fig. 2d–e": the key and the figure, without the remarks after a
 * semicolon, with the en dash a printed range takes.
 */
export function shortCitation({ sourceKey, sourceDetail }: Cited): string {
  const figure = (sourceDetail.split(';')[0] ?? '').trim().replace(/(\w)-(\w)/g, '$1–$2');
  return figure ? `${sourceKey} ${figure}` : sourceKey;
}

/** The full reference for a key, or the key itself when the sources list lacks it. */
export const fullCitation = ({ sourceKey }: Cited): string => SOURCES[sourceKey] ?? sourceKey;
