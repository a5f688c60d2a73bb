import { useRef, useState } from 'react';
import type { ExportSettings } from './exportSettings';
import { figureCaption } from './figureCaption';
import { figureFilename } from './figureCsv';
import type { FigureData } from './figureData';
import { figurePng } from './figurePng';
import { figureSvg } from './figureSvg';
import { saveFile } from './saveFile';
import { useFigureSettings } from './useFigureSettings';

type ImageFormat = 'svg' | 'png';

const FORMATS = {
  svg: { label: 'SVG', hint: 'Save the figure as SVG, with its caption' },
  png: { label: 'PNG', hint: 'Save the figure as PNG at twice its size on screen, for slides' },
} as const satisfies Record<ImageFormat, { label: string; hint: string }>;

/**
 * Saves the figure that holds `anchor` as it is drawn now: its charts (every <svg> of class
 * chart, the layers over them included), its keys (pins and imported sets too), and a caption
 * with the settings and sources.
 */
async function saveImage(
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

/**
 * "SVG" and "PNG": the figure as an image, named like its CSV. A failure (no canvas, an image
 * the browser will not draw) is said under the figure's heading; it never reaches React.
 */
export function DownloadFigure({ data, describedBy }: { data: FigureData; describedBy: string }) {
  const settingsOf = useFigureSettings();
  const anchor = useRef<HTMLSpanElement>(null);
  const [error, setError] = useState<string | null>(null);
  const save = (format: ImageFormat) => {
    setError(null);
    saveImage(format, anchor.current, data, settingsOf(data)).catch((reason: unknown) => {
      const why = reason instanceof Error ? reason.message : String(reason);
      setError(`Could not save the ${FORMATS[format].label}: ${why}.`);
    });
  };
  return (
    <>
      <span ref={anchor} className="figure-downloads">
        {(['svg', 'png'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="download-csv"
            // The visible name is the format; the heading (described by) says which figure.
            aria-label={`Figure as ${FORMATS[format].label}`}
            aria-describedby={describedBy}
            title={FORMATS[format].hint}
            data-testid={`download-${data.id}.${format}`}
            onClick={() => save(format)}
          >
            {FORMATS[format].label}
          </button>
        ))}
      </span>
      {error && (
        <span role="alert" className="download-error">
          {error}
        </span>
      )}
    </>
  );
}
