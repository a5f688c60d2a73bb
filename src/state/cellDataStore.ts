import type { ImportedSet } from './cellDataTypes';

/** Where imported sets outlive the page: IndexedDB in the app, an in-memory fake in tests. */
export interface CellSetStorage {
  /** Every record kept; unchecked, since another build of the page may have written it. */
  loadAll(): Promise<readonly unknown[]>;
  put(set: ImportedSet): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'sige-explorer-cell-data';
const DB_VERSION = 1;
const STORE = 'dataSets';

const failure = (error: DOMException | null, what: string) =>
  error ?? new Error(`IndexedDB: ${what} failed`);

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(failure(request.error, 'opening the database'));
    // Another tab holds an older version open: waiting could take forever.
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/**
 * The sets in one IndexedDB object store, one record each, keyed by id. Null where the
 * browser has no IndexedDB at all (some private modes, jsdom); the database is opened on
 * first use, so a failure shows up as a rejected call.
 */
export function indexedDbStorage(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): CellSetStorage | null {
  if (!factory) return null;
  let database: Promise<IDBDatabase> | null = null;
  async function run<T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    database ??= openDatabase(factory as IDBFactory);
    const db = await database;
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      // Complete, not the request's success: only then is a write on disk.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(failure(transaction.error, mode));
      transaction.onabort = () => reject(failure(transaction.error, mode));
    });
  }
  return {
    loadAll: () => run('readonly', (store) => store.getAll()),
    put: async (set) => {
      await run('readwrite', (store) => store.put(set));
    },
    remove: async (id) => {
      await run('readwrite', (store) => store.delete(id));
    },
  };
}
