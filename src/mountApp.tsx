import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { parseLesson } from './state/lesson';
import { ModelProvider } from './state/ModelProvider';
import { parsePins } from './state/pinCodec';
import { createAppStore } from './state/store';
import { parseUrlInputs } from './state/urlSync';

/**
 * Renders the app into `container`, its first view decided by a query string (values it cannot
 * use are explained in a banner), lesson links included (`lock`, `show`, `view`: src/state/lesson.ts). `syncUrl`: keep the address bar in step (the page does; an
 * embed in someone else's page must not).
 */
export function mountApp(container: Element, query: string, { syncUrl }: { syncUrl: boolean }) {
  const { inputs, choices, messages } = parseUrlInputs(query);
  // A lesson link's lock, show and view (the address keeps them while it follows the inputs).
  const { lesson, messages: lessonMessages } = parseLesson(query);
  // Views pinned for comparison, one `pin=` entry each (src/state/pinCodec.ts).
  const { pins, messages: pinMessages } = parsePins(query);
  const store = createAppStore({
    inputs,
    choices,
    lesson,
    pins,
    notices: [...messages, ...lessonMessages, ...pinMessages],
  });
  createRoot(container).render(
    <StrictMode>
      <ModelProvider store={store} syncUrl={syncUrl}>
        <App />
      </ModelProvider>
    </StrictMode>,
  );
}
