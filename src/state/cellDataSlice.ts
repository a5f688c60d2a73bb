import type { CellDataSlice, ImportedSet } from './cellDataTypes';
import type { SliceCreator } from './storeTypes';

/** The lowest colour slot no set holds. */
function freeSlot(sets: readonly ImportedSet[]): number {
  const taken = new Set(sets.map((s) => s.slot));
  let slot = 0;
  while (taken.has(slot)) slot += 1;
  return slot;
}

/** Unique within the browser's storage; randomUUID is missing outside secure contexts. */
function newId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const cyclesText = (n: number) => (n === 1 ? '1 cycle' : `${n} cycles`);

/**
 * Imported cycler data. Like pins, Reset All leaves the sets alone: they are the user's
 * measurements, not settings. Storage is the persistence module's business
 * (cellDataPersistence.ts), so the slice stays synchronous and testable.
 */
export const createCellDataSlice: SliceCreator<CellDataSlice> = (set, get) => ({
  cellSets: [],
  cellStorage: { status: 'loading' },
  addCellSet: ({ fileName, mass_mg, data, importDate }) => {
    const id = newId();
    set((state) => {
      const added: ImportedSet = {
        id,
        fileName,
        ...(mass_mg !== undefined && { mass_mg }),
        importDate: importDate ?? new Date().toISOString(),
        data,
        visible: true,
        slot: freeSlot(state.cellSets),
      };
      return { cellSets: [...state.cellSets, added] };
    });
    get().announce(`Imported ${fileName}: ${data.formatLabel}, ${cyclesText(data.cycles)}.`);
    return id;
  },
  removeCellSet: (id) => {
    const gone = get().cellSets.find((s) => s.id === id);
    if (!gone) return;
    set((state) => ({ cellSets: state.cellSets.filter((s) => s.id !== id) }));
    get().announce(`Removed ${gone.fileName}.`);
  },
  toggleCellSet: (id) => {
    const target = get().cellSets.find((s) => s.id === id);
    if (!target) return;
    set((state) => ({
      cellSets: state.cellSets.map((s) => (s.id === id ? { ...s, visible: !s.visible } : s)),
    }));
    get().announce(`${target.fileName} ${target.visible ? 'hidden' : 'shown'} on the figures.`);
  },
  restoreCellSets: (stored) =>
    set((state) => {
      const ids = new Set(stored.map((s) => s.id));
      const kept = [...stored];
      // Sets imported while storage was still being read keep their place after the stored ones.
      for (const s of state.cellSets) {
        if (ids.has(s.id)) continue;
        const clash = kept.some((k) => k.slot === s.slot);
        kept.push(clash ? { ...s, slot: freeSlot(kept) } : s);
      }
      return { cellSets: kept };
    }),
  setCellStorage: (cellStorage) => set({ cellStorage }),
});
