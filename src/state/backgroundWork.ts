import type { KineticsClient } from '../client/kineticsClient';
import type { AppStore } from './store';

/**
 * Whether a piece of background work (a retention chunk, a few map cells) may go to the
 * kinetics pool now. A piece keeps a worker busy for tens of milliseconds or more and
 * cannot be stopped. While a slider is held (a drag, which wants every view it can get),
 * one worker is kept free for the view and pieces go only to workers idle beyond it: on a
 * two-core machine (one kinetics worker) none, as the drag needs both cores: chunks sent
 * during a drag showed up in `npm run bench:ui` as slower input→paint and dropped frames.
 */
export const backgroundMayGo = (store: AppStore, client: Pick<KineticsClient, 'idleWorkers'>) =>
  !store.getState().sliderHeld || client.idleWorkers() > 1;
