import type { ExportSettings } from './exportSettings';
import { figureCsv, figureFilename } from './figureCsv';
import type { FigureData } from './figureData';
import { saveFile } from './saveFile';
import { useFigureSettings } from './useFigureSettings';

/** Saves a figure's rows as a CSV file headed by the settings they were made with. */
export function saveCsv(data: FigureData, settings: ExportSettings | null): void {
  const text = figureCsv(data, settings, new Date().toISOString());
  saveFile(figureFilename(data, settings), text, 'text/csv;charset=utf-8');
}

/** "Data (CSV)": the numbers behind a figure, for a reader's own plot. */
export function DownloadCsv({ data, describedBy }: { data: FigureData; describedBy: string }) {
  const settingsOf = useFigureSettings();
  return (
    <button
      type="button"
      className="download-csv"
      aria-describedby={describedBy}
      data-testid={`download-${data.id}.csv`}
      onClick={() => saveCsv(data, settingsOf(data))}
    >
      Data (CSV)
    </button>
  );
}
