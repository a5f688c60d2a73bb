import { csvFormat } from 'd3';
import type { FigureData } from './figureData';

/** Saves the rows as a CSV file through a temporary link (works in a shadow root too). */
export function saveCsv({ filename, rows }: FigureData): void {
  const blob = new Blob([`${csvFormat([...rows()])}\n`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Data (CSV)": the numbers behind a figure, for a reader's own plot. */
export function DownloadCsv({ data, describedBy }: { data: FigureData; describedBy: string }) {
  return (
    <button
      type="button"
      className="download-csv"
      aria-describedby={describedBy}
      data-testid={`download-${data.filename}`}
      onClick={() => saveCsv(data)}
    >
      Data (CSV)
    </button>
  );
}
