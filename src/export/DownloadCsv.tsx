import type { FigureData } from './figureData';
import { useFigureFiles } from './useFigureFiles';
import { useFigureSettings } from './useFigureSettings';

/**
 * "Data (CSV)": the numbers behind a figure, for a reader's own plot (the code that writes
 * the file: figureFiles.ts). A failure is said beside the button.
 */
export function DownloadCsv({ data, describedBy }: { data: FigureData; describedBy: string }) {
  const settingsOf = useFigureSettings();
  const { error, save } = useFigureFiles();
  return (
    <>
      <button
        type="button"
        className="download-csv"
        aria-describedby={describedBy}
        data-testid={`download-${data.id}.csv`}
        onClick={() => save('CSV', (files) => files.saveCsv(data, settingsOf(data)))}
      >
        Data (CSV)
      </button>
      {error && (
        <span role="alert" className="download-error">
          {error}
        </span>
      )}
    </>
  );
}
