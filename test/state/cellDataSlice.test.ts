import { describe, expect, it } from 'vitest';
import { startCellDataPersistence } from '../../src/state/cellDataPersistence';
import { createAppStore } from '../../src/state/store';
import { memoryStorage, parsedFixture, settle } from '../support/cellDataFakes';

const ARBIN = parsedFixture('arbin.csv', 0.02);
const RATES = parsedFixture('rate_table.csv');
const DATE = '2026-03-14T12:00:00.000Z';

describe('the imported data sets in the store', () => {
  it('adds a set shown, with a colour slot of its own, and says so', () => {
    const store = createAppStore();
    const id = store.getState().addCellSet({
      fileName: 'arbin.csv',
      mass_mg: 0.02,
      data: ARBIN,
      importDate: DATE,
    });
    const [set] = store.getState().cellSets;
    expect(set).toMatchObject({ id, fileName: 'arbin.csv', mass_mg: 0.02, importDate: DATE });
    expect(set?.visible).toBe(true);
    expect(set?.slot).toBe(0);
    expect(store.getState().announcement?.text).toBe('Imported arbin.csv: Arbin CSV, 2 cycles.');
  });

  it('toggles and removes by id, and a removed set frees its colour for the next', () => {
    const store = createAppStore();
    const { addCellSet, toggleCellSet, removeCellSet } = store.getState();
    const a = addCellSet({ fileName: 'a.csv', data: ARBIN });
    const b = addCellSet({ fileName: 'b.csv', data: RATES });
    expect(store.getState().cellSets.map((s) => s.slot)).toEqual([0, 1]);

    toggleCellSet(a);
    expect(store.getState().cellSets[0]?.visible).toBe(false);
    expect(store.getState().announcement?.text).toBe('a.csv hidden on the figures.');
    toggleCellSet(a);
    expect(store.getState().cellSets[0]?.visible).toBe(true);

    removeCellSet(a);
    expect(store.getState().cellSets.map((s) => s.id)).toEqual([b]);
    expect(store.getState().announcement?.text).toBe('Removed a.csv.');
    // b keeps its colour; the next set takes the one a left.
    addCellSet({ fileName: 'c.csv', data: ARBIN });
    expect(store.getState().cellSets.map((s) => [s.fileName, s.slot])).toEqual([
      ['b.csv', 1],
      ['c.csv', 0],
    ]);
    // An unknown id changes nothing.
    const before = store.getState().cellSets;
    removeCellSet('nope');
    toggleCellSet('nope');
    expect(store.getState().cellSets).toBe(before);
  });

  it('keeps the sets through Reset all', () => {
    const store = createAppStore();
    store.getState().addCellSet({ fileName: 'a.csv', data: ARBIN });
    store.getState().resetAll();
    expect(store.getState().cellSets).toHaveLength(1);
  });
});

describe('keeping the sets in storage', () => {
  it('reads the stored sets back on start and writes every change', async () => {
    const first = memoryStorage();
    const store = createAppStore();
    const stop = startCellDataPersistence(store, first.storage);
    expect(store.getState().cellStorage.status).toBe('loading');
    await settle();
    expect(store.getState().cellStorage.status).toBe('saved');

    const id = store.getState().addCellSet({ fileName: 'arbin.csv', mass_mg: 0.02, data: ARBIN });
    store.getState().addCellSet({ fileName: 'rates.csv', data: RATES });
    store.getState().toggleCellSet(id);
    await settle();
    expect(first.records.size).toBe(2);
    expect((first.records.get(id) as { visible: boolean }).visible).toBe(false);
    stop();

    // A new page over the same storage: the sets come back as they were left.
    const again = createAppStore();
    startCellDataPersistence(again, first.storage);
    await settle();
    const back = again.getState().cellSets;
    expect(back.map((s) => [s.fileName, s.mass_mg, s.visible, s.slot])).toEqual([
      ['arbin.csv', 0.02, false, 0],
      ['rates.csv', undefined, true, 1],
    ]);
    expect(back[0]?.data.series).toEqual(ARBIN.series);
    // Reading back wrote nothing again.
    const writes = first.calls.length;
    again.getState().removeCellSet(id);
    await settle();
    expect(first.calls.slice(writes)).toEqual([`remove ${id}`]);
    expect([...first.records.keys()]).toHaveLength(1);
  });

  it('keeps a set imported while storage was still being read, after the stored ones', async () => {
    const stored = memoryStorage();
    const writer = createAppStore();
    startCellDataPersistence(writer, stored.storage);
    await settle();
    writer.getState().addCellSet({ fileName: 'old.csv', data: ARBIN });
    await settle();

    const store = createAppStore();
    startCellDataPersistence(store, stored.storage);
    store.getState().addCellSet({ fileName: 'new.csv', data: RATES }); // before the read ends
    await settle();
    await settle();
    const sets = store.getState().cellSets;
    expect(sets.map((s) => s.fileName)).toEqual(['old.csv', 'new.csv']);
    // Both had slot 0; the newcomer moves, so no two sets share a colour.
    expect(new Set(sets.map((s) => s.slot)).size).toBe(2);
    expect(stored.records.size).toBe(2);
  });

  it('leaves out stored records it cannot draw', async () => {
    const good = {
      id: 'g',
      fileName: 'g.csv',
      importDate: DATE,
      visible: true,
      slot: 0,
      data: ARBIN,
    };
    const broken = [
      { id: 'x' },
      { ...good, id: 'y', mass_mg: -1 },
      { ...good, id: 'z', data: { ...ARBIN, series: [{ kind: 'up' }] } },
    ];
    const { storage } = memoryStorage([good, ...broken]);
    const store = createAppStore();
    startCellDataPersistence(store, storage);
    await settle();
    expect(store.getState().cellSets.map((s) => s.id)).toEqual(['g']);
  });

  it('without storage, or when it fails, works in memory and says so once', async () => {
    const none = createAppStore();
    startCellDataPersistence(none, null);
    expect(none.getState().cellStorage).toMatchObject({ status: 'memory' });
    none.getState().addCellSet({ fileName: 'a.csv', data: ARBIN });
    expect(none.getState().cellSets).toHaveLength(1);

    const failing = memoryStorage();
    const store = createAppStore();
    startCellDataPersistence(store, failing.storage);
    await settle();
    failing.failWith(new Error('QuotaExceededError: the disk is full'));
    const seen: unknown[] = [];
    store.subscribe(
      (s) => s.cellStorage,
      (state) => seen.push(state),
    );
    store.getState().addCellSet({ fileName: 'a.csv', data: ARBIN });
    store.getState().addCellSet({ fileName: 'b.csv', data: RATES });
    await settle();
    expect(seen).toEqual([{ status: 'memory', reason: 'QuotaExceededError: the disk is full' }]);
    expect(store.getState().cellSets).toHaveLength(2);

    const unreadable = memoryStorage();
    unreadable.failWith(new Error('The database could not be opened'));
    const later = createAppStore();
    startCellDataPersistence(later, unreadable.storage);
    await settle();
    expect(later.getState().cellStorage).toEqual({
      status: 'memory',
      reason: 'The database could not be opened',
    });
  });
});
