import { useContext } from 'react';
import { StoreContext } from '../state/context';
import type { ExportSettings } from './exportSettings';
import { figureCsv, figureFilename } from './figureCsv';
import type { FigureData } from './figureData';
import { saveFile } from './saveFile';

/** Saves a figure's rows as a CSV file headed by the settings they were made with. */
export function saveCsv(data: FigureData, settings: ExportSettings | null): void {
  const text = figureCsv(data, settings, new Date().toISOString());
  saveFile(figureFilename(data, settings), text, 'text/csv;charset=utf-8');
}

/**
 * "Data (CSV)": the numbers behind a figure, for a reader's own plot. The settings are the
 * ones the figure was computed for when it carries them (the kinetics figures), else the
 * page's, read from the store when clicked (no subscription: the button never re-renders
 * for a drag). Outside a store (a figure rendered on its own) the file has no settings block.
 */
export function DownloadCsv({ data, describedBy }: { data: FigureData; describedBy: string }) {
  const store = useContext(StoreContext);
  const onClick = () => {
    const state = store?.getState();
    const settings =
      data.settings ?? (state ? { inputs: state.inputs, choices: state.choices } : null);
    saveCsv(data, settings);
  };
  return (
    <button
      type="button"
      className="download-csv"
      aria-describedby={describedBy}
      data-testid={`download-${data.id}.csv`}
      onClick={onClick}
    >
      Data (CSV)
    </button>
  );
}
