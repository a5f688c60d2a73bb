/**
 * Starts a driver whose code is a chunk of its own, once that chunk is in; the returned stop
 * works before and after. The first figure's download need not carry what only runs later
 * (a design map someone asks for, pins from a link, stored data sets).
 */
export function startLazily<M>(
  load: () => Promise<M>,
  start: (module: M) => () => void,
  onError: (reason: string) => void,
): () => void {
  let stop: (() => void) | null = null;
  let gone = false;
  load()
    .then((module) => {
      if (!gone) stop = start(module);
    })
    .catch((error: unknown) => {
      if (!gone) onError(error instanceof Error ? error.message : String(error));
    });
  return () => {
    gone = true;
    stop?.();
  };
}
