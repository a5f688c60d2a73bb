import { useEffect, useState } from 'react';
import { lazyModule } from '../components/lazyModule';
import type * as FigureFilesModule from './figureFiles';

type FigureFiles = typeof FigureFilesModule;

/** The file-writing code of every download button on the page, fetched once for all. */
const figureFiles = lazyModule(() => import('./figureFiles'));

/** Said when the code could not be fetched: the button stays, and a new click fetches anew. */
const NOT_LOADED = 'its code did not load (a lost connection is the usual cause); try again';

/**
 * For a download button: `save` runs a task with the file-writing code, at once when it is in
 * (fetched when the page is idle), else when it arrives; `error` says why a save failed
 * (no canvas, code that did not load), to be shown beside the button. A failure never
 * reaches React.
 */
export function useFigureFiles(): {
  readonly error: string | null;
  readonly save: (what: string, task: (files: FigureFiles) => void | Promise<void>) => void;
} {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => figureFiles.prefetch(), []);
  const fail = (what: string, reason: unknown) => {
    const why = reason instanceof Error ? reason.message : String(reason);
    setError(`Could not save the ${what}: ${why}.`);
  };
  const save = (what: string, task: (files: FigureFiles) => void | Promise<void>) => {
    setError(null);
    const run = async (files: FigureFiles) => task(files);
    const files = figureFiles.loaded();
    if (files) {
      run(files).catch((reason: unknown) => fail(what, reason));
      return;
    }
    figureFiles.load().then(
      (m) => run(m).catch((reason: unknown) => fail(what, reason)),
      () => fail(what, NOT_LOADED),
    );
  };
  return { error, save };
}
