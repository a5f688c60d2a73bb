import type { ExportSettings } from './exportSettings';
import { figureCaption } from './figureCaption';
import { figureCsv, figureFilename } from './figureCsv';
import type { FigureData } from './figureData';
import { figurePng } from './figurePng';
import { figureSvg } from './figureSvg';
import { saveFile } from './saveFile';

/*
 * What the download buttons save. A chunk of its own (see useFigureFiles.ts): the buttons are
 * drawn with the first figure, the code that writes their files arrives after it.
 */

export type ImageFormat = 'svg' | 'png';

/** Saves a figure's rows as a CSV file headed by the settings they were made with. */
export function saveCsv(data: FigureData, settings: ExportSettings | null): void {
  const text = figureCsv(data, settings, new Date().toISOString());
  saveFile(figureFilename(data, settings), text, 'text/csv;charset=utf-8');
}

/**
 * Saves the figure that holds `anchor` as it is drawn now: its charts (every <svg> of class
 * chart, the layers over them included), its keys (pins and imported sets too), and a caption
 * with the settings and sources.
 */
export async function saveImage(
  format: ImageFormat,
  anchor: Element | null,
  data: FigureData,
  settings: ExportSettings | null,
): Promise<void> {
  const figure = anchor?.closest('figure');
  const svg = figureSvg({
    plots: figure ? Array.from(figure.querySelectorAll<SVGSVGElement>('svg.chart')) : [],
    legends: figure ? Array.from(figure.querySelectorAll('ul.legend')) : [],
    title: data.title,
    caption: figureCaption(data, settings, new Date().toISOString()),
  });
  const name = figureFilename(data, settings, format);
  if (format === 'svg') saveFile(name, svg.text, 'image/svg+xml;charset=utf-8');
  else saveFile(name, await figurePng(svg), 'image/png');
}
