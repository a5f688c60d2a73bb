import type { ReactNode } from 'react';
import { focusNeighbourBeforeRemoval } from '../../components/focusById';
import { cellSetLabel } from '../../format/cellSetLabel';
import type { ImportedSet } from '../../state/cellDataTypes';
import { useAppStore } from '../../state/hooks';
import type { Store } from '../../state/storeTypes';
import { importedStyle } from './importedStyle';

/** The import panel's file input: where focus goes when the last set's remove button goes. */
export const CELL_FILE_INPUT_ID = 'cell-data-file';

const selectCellSets = (s: Store) => s.cellSets;

/** A line with the set's symbol on it, as the figures draw it. */
export function ImportedSwatch({ slot, faded = false }: { slot: number; faded?: boolean }) {
  const { color, symbol } = importedStyle(slot);
  return (
    <svg width={34} height={16} aria-hidden="true" opacity={faded ? 0.35 : 1}>
      <line x1={2} x2={32} y1={8} y2={8} stroke={color} strokeWidth={2} />
      <path d={symbol} transform="translate(17,8)" fill={color} stroke="#fff" strokeWidth={1} />
    </svg>
  );
}

/** A real button that removes the set everywhere, named for its file. */
export function RemoveCellSetButton({
  set,
  className,
  children,
}: {
  set: ImportedSet;
  className: string;
  children: ReactNode;
}) {
  const remove = useAppStore((s) => s.removeCellSet);
  const name = `Remove ${set.fileName}`;
  return (
    <button
      type="button"
      className={className}
      data-testid="cell-set-remove"
      data-cell-set-remove={set.id}
      aria-label={name}
      title={`${name} (imported ${cellSetLabel(set)})`}
      onClick={(event) => {
        focusNeighbourBeforeRemoval(
          event.currentTarget,
          '[data-cell-set-group]',
          '[data-cell-set-remove]',
          CELL_FILE_INPUT_ID,
        );
        remove(set.id);
      }}
    >
      {children}
    </button>
  );
}

export interface ImportedLegendProps {
  /** Which sets this figure can draw something of (the others are not listed). */
  relevant: (set: ImportedSet) => boolean;
  /** Why a listed set is not drawn here, or null when it is. */
  note?: (set: ImportedSet) => string | null;
}

/**
 * The imported sets' key to a figure, beside its own legend: each entry is a checkbox
 * (shown or hidden, named "file · mass · date") and a remove button, so both work from the
 * keyboard where the curve is read.
 */
export function ImportedLegend({ relevant, note }: ImportedLegendProps) {
  const sets = useAppStore(selectCellSets).filter(relevant);
  const toggle = useAppStore((s) => s.toggleCellSet);
  if (sets.length === 0) return null;
  return (
    <ul className="legend imported-legend" aria-label="Your cell data" data-cell-set-group="">
      {sets.map((set) => {
        const why = note?.(set) ?? null;
        return (
          <li key={set.id} data-testid="imported-legend-entry" data-set={set.id}>
            <label className="imported-toggle">
              <input type="checkbox" checked={set.visible} onChange={() => toggle(set.id)} />
              <ImportedSwatch slot={set.slot} faded={!set.visible || why !== null} />
              <span>
                {cellSetLabel(set)}
                {why && <span className="imported-note"> ({why})</span>}
              </span>
            </label>
            <RemoveCellSetButton set={set} className="pin-remove">
              ×
            </RemoveCellSetButton>
          </li>
        );
      })}
    </ul>
  );
}
