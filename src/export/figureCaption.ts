import { fullCitation, shortCitation, type Cited } from '../format/citation';
import { provenanceMeta, settingsMeta, type ExportSettings } from './exportSettings';
import type { FigureData } from './figureData';

/** `key: value; key: value`: the CSV header's lines, run together for a caption. */
const metaText = (meta: readonly (readonly [string, string])[]) =>
  meta.map(([key, value]) => `${key}: ${value}`).join('; ');

/**
 * One sentence per cited work: its figures the data are read from, then the full reference,
 * e.g. "Measured data: LiXia2025 Fig. 2d–e; Y. Li, S. Xia … doi:10.1002/aenm.202503265".
 */
export function sourceLines(sources: readonly Cited[]): string[] {
  const figures = new Map<string, Set<string>>();
  for (const source of sources) {
    const seen = figures.get(source.sourceKey) ?? new Set<string>();
    seen.add(shortCitation(source));
    figures.set(source.sourceKey, seen);
  }
  return [...figures].map(
    ([sourceKey, cited]) =>
      `Measured data: ${[...cited].join(', ')}; ${fullCitation({ sourceKey, sourceDetail: '' })}`,
  );
}

/**
 * The paragraphs under an exported figure's image: who made it and when, the settings as the
 * CSV header states them (so an image and its data file say the same), and the source of every
 * measured data set drawn. The figure's title goes above them. Pure: `exportedAt` (ISO 8601)
 * comes from the caller.
 */
export function figureCaption(
  data: FigureData,
  settings: ExportSettings | null,
  exportedAt: string,
): string[] {
  const provenance = provenanceMeta(data.title, exportedAt).filter(([key]) => key !== 'figure');
  const sources = data.sources ?? [];
  return [
    metaText(provenance),
    ...(settings ? [`Settings: ${metaText(settingsMeta(settings))}`] : []),
    ...(sources.length > 0
      ? sourceLines(sources)
      : ['Measured data: none in this figure; every curve is the model’s.']),
  ];
}
