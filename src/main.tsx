import { mountApp } from './mountApp';
import { registerServiceWorker } from './offline/registerServiceWorker';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
// The link decides the first view, and the address follows every change.
mountApp(container, window.location.search, { syncUrl: true });
// Offline after the first visit: the normal production build only (the single-file build
// runs with mode "single" and has no service worker; `vite dev` and the tests have none).
if (import.meta.env.PROD && import.meta.env.MODE === 'production') registerServiceWorker();
