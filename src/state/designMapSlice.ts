import type { MapCell, MapRequest } from '../core/designMap/request';
import type { DesignMapRun, DesignMapSlice } from './designMapTypes';
import type { SliceCreator } from './storeTypes';

const NO_MAP: DesignMapRun = {
  run: 0,
  request: null,
  cells: [],
  filled: 0,
  total: 0,
  status: 'idle',
  error: null,
};

/** A cell's place in DesignMapRun.cells, or -1 when the request's grid has no such cell. */
export function cellSlot(request: MapRequest, { i, j }: Pick<MapCell, 'i' | 'j'>): number {
  const nx = request.grid.x.count;
  const ny = request.grid.second.count;
  const inside = Number.isInteger(i) && Number.isInteger(j) && i >= 0 && i < nx && j >= 0 && j < ny;
  return inside ? i * ny + j : -1;
}

export const createDesignMapSlice: SliceCreator<DesignMapSlice> = (set) => ({
  designMap: NO_MAP,
  startDesignMap: (request) =>
    set(({ designMap: m }) => {
      const total = request.grid.x.count * request.grid.second.count;
      return {
        designMap: {
          run: m.run + 1,
          request,
          cells: new Array<MapCell | null>(total).fill(null),
          filled: 0,
          total,
          status: 'computing',
          error: null,
        },
      };
    }),
  cancelDesignMap: () =>
    set((s) =>
      s.designMap.status === 'computing'
        ? { designMap: { ...s.designMap, status: 'cancelled' } }
        : s,
    ),
  addMapCells: (run, arrived) =>
    set((s) => {
      const m = s.designMap;
      if (run !== m.run || m.status !== 'computing' || m.request === null) return s;
      const cells = m.cells.slice();
      let filled = m.filled;
      for (const cell of arrived) {
        const slot = cellSlot(m.request, cell);
        if (slot < 0) continue;
        if (cells[slot] === null) filled += 1;
        cells[slot] = cell;
      }
      const status = filled >= m.total ? 'ready' : 'computing';
      return { designMap: { ...m, cells, filled, status } };
    }),
  failDesignMap: (run, message) =>
    set((s) =>
      run === s.designMap.run && s.designMap.status === 'computing'
        ? { designMap: { ...s.designMap, status: 'error', error: message } }
        : s,
    ),
});
