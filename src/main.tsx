import { mountApp } from './mountApp';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
// The link decides the first view, and the address follows every change.
mountApp(container, window.location.search, { syncUrl: true });
