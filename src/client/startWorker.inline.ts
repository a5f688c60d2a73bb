import CellDataWorker from '../../workers/cellData.worker.ts?worker&inline';
import ModelWorker from '../../workers/model.worker.ts?worker&inline';
import RefitWorker from '../../workers/refit.worker.ts?worker&inline';

/**
 * The single-file build's workers (vite.single.config.ts puts this module in place of
 * startWorker.ts): each worker's code is inlined in the bundle and started from a blob URL,
 * so a page opened from file:// fetches no other file. That build bundles the workers as
 * classic scripts (worker.format "iife"): Chromium will not start a module worker from a
 * blob in a file:// page.
 */
export function startWorker(name: string): Worker {
  return new ModelWorker({ name });
}

export function startCellDataWorker(): Worker {
  return new CellDataWorker({ name: 'sige-cell-data' });
}

export function startRefitWorker(): Worker {
  return new RefitWorker({ name: 'sige-refit' });
}
