import { ImportedSwatch, RemoveCellSetButton } from '../../charts/kit/ImportedLegend';
import { importDay, massText } from '../../format/cellSetLabel';
import type { ImportedSet } from '../../state/cellDataTypes';
import { useAppStore } from '../../state/hooks';
import { saveTidyCsv } from './saveTidyCsv';

const cyclesText = (set: ImportedSet) => {
  const { cycles, rateTable } = set.data;
  if (cycles === 0 && rateTable) return `${rateTable.length} rates`;
  return cycles === 1 ? '1 cycle' : `${cycles} cycles`;
};

/** The imported sets, each shown or hidden, saved again as tidy CSV, or removed. */
export function CellSetList() {
  const sets = useAppStore((s) => s.cellSets);
  const toggle = useAppStore((s) => s.toggleCellSet);
  if (sets.length === 0) {
    return <p className="hint">No data imported yet.</p>;
  }
  return (
    <ul className="cell-sets" aria-label="Imported data sets" data-cell-set-group="">
      {sets.map((set) => (
        <li key={set.id} className="cell-set" data-testid="cell-set" data-set={set.id}>
          <div className="cell-set-name">
            <ImportedSwatch slot={set.slot} faded={!set.visible} />
            <strong>{set.fileName}</strong>
          </div>
          <p className="cell-set-facts">
            {massText(set.mass_mg)} · imported {importDay(set.importDate)} · {set.data.formatLabel}{' '}
            · {cyclesText(set)}
          </p>
          {set.mass_mg === undefined && set.data.series.length > 0 && (
            <p className="hint">
              No active mass: the profile and dQ/dV figures cannot draw it per gram.
            </p>
          )}
          <div className="cell-set-actions">
            <label className="choice">
              <input
                type="checkbox"
                aria-label={`Show ${set.fileName} on the figures`}
                checked={set.visible}
                onChange={() => toggle(set.id)}
              />
              <span>Show</span>
            </label>
            <button
              type="button"
              aria-label={`Download tidy CSV of ${set.fileName}`}
              onClick={() => saveTidyCsv(set)}
            >
              Download tidy CSV
            </button>
            <RemoveCellSetButton set={set} className="cell-set-remove">
              Remove
            </RemoveCellSetButton>
          </div>
        </li>
      ))}
    </ul>
  );
}
