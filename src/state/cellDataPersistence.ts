import { indexedDbStorage, type CellSetStorage } from './cellDataStore';
import type { ImportedSet } from './cellDataTypes';
import type { AppStore } from './store';

const isNumberArray = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => typeof n === 'number');

/** A series as the charts read it: arrays of numbers (non-finite ones are skipped there). */
function isSeries(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    (s.kind === 'lithiation' || s.kind === 'delithiation') &&
    typeof s.cycle === 'number' &&
    isNumberArray(s.capacity_mAh) &&
    isNumberArray(s.voltage_V) &&
    (s.capacity_mAh_per_g === undefined || isNumberArray(s.capacity_mAh_per_g))
  );
}

/** Whether a stored record can be drawn: one written by a later or broken build is left out. */
export function isImportedSet(v: unknown): v is ImportedSet {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const data = r.data as Record<string, unknown> | null | undefined;
  const mass = r.mass_mg;
  return (
    typeof r.id === 'string' &&
    typeof r.fileName === 'string' &&
    typeof r.importDate === 'string' &&
    typeof r.visible === 'boolean' &&
    Number.isInteger(r.slot) &&
    (mass === undefined || (typeof mass === 'number' && mass > 0 && Number.isFinite(mass))) &&
    typeof data === 'object' &&
    data !== null &&
    data.status === 'parsed' &&
    typeof data.formatLabel === 'string' &&
    Array.isArray(data.series) &&
    data.series.every(isSeries) &&
    (data.rateTable === undefined ||
      (Array.isArray(data.rateTable) &&
        data.rateTable.every(
          (p: unknown) =>
            typeof p === 'object' &&
            p !== null &&
            typeof (p as Record<string, unknown>).cRate === 'number' &&
            typeof (p as Record<string, unknown>).capacity_mAh_per_g === 'number',
        )))
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

const NO_STORAGE =
  'this browser gives the page no storage here (a private window, or storage turned off)';

/**
 * Keeps the store's imported sets and the storage (IndexedDB unless given) in step: reads them back once, then
 * writes each change (a new or changed set is put, a removed one deleted). When storage is
 * missing or fails, the page goes on with the sets in memory and says so once
 * (cellStorage: 'memory'); nothing more is written then. Returns the stop function.
 */
export function startCellDataPersistence(
  store: AppStore,
  storage: CellSetStorage | null = indexedDbStorage(),
): () => void {
  const { setCellStorage } = store.getState();
  if (!storage) {
    setCellStorage({ status: 'memory', reason: NO_STORAGE });
    return () => {};
  }
  let stopped = false;
  let loaded = false;
  let memoryOnly = false;
  // What storage holds, by id: a set is written again only when its object changed.
  const stored = new Map<string, ImportedSet>();

  const fail = (error: unknown) => {
    if (stopped || memoryOnly) return;
    memoryOnly = true;
    setCellStorage({ status: 'memory', reason: reasonOf(error) });
  };

  const write = (sets: readonly ImportedSet[]) => {
    if (!loaded || memoryOnly || stopped) return;
    const ids = new Set(sets.map((s) => s.id));
    for (const id of [...stored.keys()]) {
      if (ids.has(id)) continue;
      stored.delete(id);
      storage.remove(id).catch(fail);
    }
    for (const set of sets) {
      if (stored.get(set.id) === set) continue;
      stored.set(set.id, set);
      storage.put(set).catch(fail);
    }
  };

  storage.loadAll().then((records) => {
    if (stopped) return;
    const sets = records.filter(isImportedSet);
    for (const set of sets) stored.set(set.id, set);
    store.getState().restoreCellSets(sets);
    loaded = true;
    setCellStorage({ status: 'saved' });
    // Sets imported while storage was read, and any re-slotted by the restore.
    write(store.getState().cellSets);
  }, fail);

  const unsubscribe = store.subscribe((s) => s.cellSets, write);
  return () => {
    stopped = true;
    unsubscribe();
  };
}
