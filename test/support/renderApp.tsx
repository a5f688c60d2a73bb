import { render } from '@testing-library/react';
import { App } from '../../src/App';
import {
  createInProcessKineticsClient,
  type KineticsClient,
} from '../../src/client/kineticsClient';
import { createInProcessClient, type ModelClient } from '../../src/client/modelClient';
import { ModelProvider } from '../../src/state/ModelProvider';
import { createAppStore } from '../../src/state/store';
import type { ParamsInit } from '../../src/state/storeTypes';

/** Clients created here; a test file disposes them after each case (see disposeClients). */
const created: KineticsClient[] = [];

/** The whole app on a fresh store, with both halves of the model computed in-process. */
export function renderApp(
  init: ParamsInit = {},
  client: ModelClient = createInProcessClient(),
  kinetics: KineticsClient = createInProcessKineticsClient(),
) {
  created.push(kinetics);
  const store = createAppStore(init);
  const view = render(
    <ModelProvider store={store} client={client} kineticsClient={kinetics}>
      <App />
    </ModelProvider>,
  );
  return { store, kinetics, ...view };
}

/** Drops queued kinetics work, so a slow sweep of one case never runs into the next. */
export function disposeClients(): void {
  for (const client of created.splice(0)) client.dispose();
}
