import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ModelProvider } from './state/ModelProvider';
import { createAppStore } from './state/store';
import { parseUrlInputs } from './state/urlSync';
import './styles.css';

// The link decides the first view; values it cannot use are explained in a banner.
const { inputs, choices, messages } = parseUrlInputs(window.location.search);
const store = createAppStore({ inputs, choices, notices: messages });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <ModelProvider store={store} syncUrl>
      <App />
    </ModelProvider>
  </StrictMode>,
);
