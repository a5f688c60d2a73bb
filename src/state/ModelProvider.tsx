import { useEffect, useState, type ReactNode } from 'react';
import type { KineticsClient } from '../client/kineticsClient';
import { createModelClient, type ModelClient } from '../client/modelClient';
import type { CellSetStorage } from './cellDataStore';
import { StoreContext } from './context';
import { startModelDriver } from './driver';
import { createAppStore, type AppStore } from './store';
import { startLazily } from './startLazily';
import { startUrlSync } from './urlSync';

export interface ModelProviderProps {
  /** The store to share; a fresh one with default inputs if omitted. Read once. */
  store?: AppStore;
  /** Where the model runs; tests pass createInProcessClient(). Read once. */
  client?: ModelClient;
  /** Where the kinetics run (a pool of workers); tests pass createInProcessKineticsClient(). Read once. */
  kineticsClient?: KineticsClient;
  /** Keep the address bar in step with the inputs (the app does, most tests don't). */
  syncUrl?: boolean;
  /** Where imported data sets are kept: IndexedDB unless given (null: memory only). Read once. */
  cellDataStorage?: CellSetStorage | null;
  children: ReactNode;
}

/** Wires store, model clients and address bar together for everything below it. */
export function ModelProvider({
  store,
  client,
  kineticsClient,
  syncUrl = false,
  cellDataStorage,
  children,
}: ModelProviderProps) {
  const [appStore] = useState(() => store ?? createAppStore());
  // A client we created is ours to dispose; one passed in belongs to the caller.
  const [ownClient] = useState(() => (client ? null : createModelClient()));
  const modelClient = client ?? ownClient;
  const [givenKinetics] = useState(() => kineticsClient);

  useEffect(() => {
    if (!modelClient) return undefined;
    const stop = startModelDriver(appStore, modelClient);
    return () => {
      stop();
      if (modelClient === ownClient) modelClient.dispose();
    };
  }, [appStore, modelClient, ownClient]);

  // The kinetics, their driver and what queues behind them (design maps, pinned views) are
  // not needed for the first figure: their code comes right after it (kineticsWiring.ts),
  // the pool starting when it is in. A separate effect and workers: the conductivity figure
  // never waits behind the kinetics.
  useEffect(() => {
    const failed = (reason: string) => appStore.getState().failKinetics(reason);
    return startLazily(
      () => import('./kineticsWiring'),
      (wiring) => {
        // A client we created is ours to dispose; one passed in belongs to the caller.
        const kinetics = givenKinetics ?? wiring.createKineticsClient();
        const stopDriver = wiring.startKineticsDriver(appStore, kinetics);
        // Design maps go to the same pool, queued behind the view like the retention sweep;
        // pinned views too, each computed once, on the lane behind the user's own view.
        const stopMap = startLazily(
          () => import('./designMapRun'),
          (m) => m.startDesignMapDriver(appStore, kinetics),
          failed,
        );
        const stopPins = startLazily(
          () => import('./pinsDriver'),
          (m) => m.startPinsDriver(appStore, kinetics),
          failed,
        );
        return () => {
          stopMap();
          stopPins();
          stopDriver();
          if (kinetics !== givenKinetics) kinetics.dispose();
        };
      },
      failed,
    );
  }, [appStore, givenKinetics]);

  useEffect(() => (syncUrl ? startUrlSync(appStore) : undefined), [appStore, syncUrl]);

  const [storage] = useState(() => cellDataStorage);
  useEffect(
    () =>
      startLazily(
        () => import('./cellDataPersistence'),
        (m) => m.startCellDataPersistence(appStore, storage),
        (reason) => appStore.getState().setCellStorage({ status: 'memory', reason }),
      ),
    [appStore, storage],
  );

  return <StoreContext.Provider value={appStore}>{children}</StoreContext.Provider>;
}
