/** Shared by the cell-data tests: a storage kept in a Map, and parsed fixtures. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCellData, type CellDataSet } from '../../src/core/cellData';
import type { CellSetStorage } from '../../src/state/cellDataStore';
import type { ImportedSet } from '../../src/state/cellDataTypes';
import { parsed } from '../fixtures/cycler/load';

/** A cycler fixture's bytes, from the project root: under jsdom import.meta.url is no file URL. */
export const cyclerFixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(resolve('test/fixtures/cycler', name)));

/** A fixture as the file input hands it over. */
export const fixtureFile = (name: string): File =>
  new File([cyclerFixture(name)], name, { type: 'text/csv' });

/** The storage interface over a Map; `failWith` makes every later call reject. */
export function memoryStorage(initial: readonly unknown[] = []) {
  const records = new Map<string, unknown>(
    initial.map((r, i) => [String((r as { id?: unknown }).id ?? `bad-${i}`), r]),
  );
  const calls: string[] = [];
  let failure: Error | null = null;
  const check = () => (failure ? Promise.reject(failure) : Promise.resolve());
  const storage: CellSetStorage = {
    loadAll: () => check().then(() => [...records.values()]),
    put: (set: ImportedSet) =>
      check().then(() => {
        calls.push(`put ${set.id}`);
        records.set(set.id, structuredClone(set));
      }),
    remove: (id: string) =>
      check().then(() => {
        calls.push(`remove ${id}`);
        records.delete(id);
      }),
  };
  return {
    storage,
    records,
    calls,
    failWith(error: Error) {
      failure = error;
    },
  };
}

/** A fixture parsed as the page would, with its mass. */
export function parsedFixture(name: string, activeMass_mg?: number): CellDataSet {
  return parsed(
    parseCellData(cyclerFixture(name), {
      fileName: name,
      ...(activeMass_mg !== undefined && { activeMass_mg }),
    }),
  );
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
