import { useRef } from 'react';
import type { FigureData } from './figureData';
import type { ImageFormat } from './figureFiles';
import { useFigureFiles } from './useFigureFiles';
import { useFigureSettings } from './useFigureSettings';

const FORMATS = {
  svg: { label: 'SVG', hint: 'Save the figure as SVG, with its caption' },
  png: { label: 'PNG', hint: 'Save the figure as PNG at twice its size on screen, for slides' },
} as const satisfies Record<ImageFormat, { label: string; hint: string }>;

/**
 * "SVG" and "PNG": the figure as an image, named like its CSV (the code that draws the file:
 * figureFiles.ts). A failure (no canvas, an image the browser will not draw, code that did
 * not load) is said under the figure's heading; it never reaches React.
 */
export function DownloadFigure({ data, describedBy }: { data: FigureData; describedBy: string }) {
  const settingsOf = useFigureSettings();
  const anchor = useRef<HTMLSpanElement>(null);
  const { error, save } = useFigureFiles();
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
            onClick={() =>
              save(FORMATS[format].label, (files) =>
                files.saveImage(format, anchor.current, data, settingsOf(data)),
              )
            }
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
