import { render } from '@testing-library/react';
import { App } from '../../src/App';
import { createInProcessClient, type ModelClient } from '../../src/client/modelClient';
import { ModelProvider } from '../../src/state/ModelProvider';
import { createAppStore } from '../../src/state/store';
import type { ParamsInit } from '../../src/state/paramsSlice';

/** The whole app on a fresh store, with the model computed in-process. */
export function renderApp(init: ParamsInit = {}, client: ModelClient = createInProcessClient()) {
  const store = createAppStore(init);
  const view = render(
    <ModelProvider store={store} client={client}>
      <App />
    </ModelProvider>,
  );
  return { store, ...view };
}
