/**
 * Registers the build's service worker (dist/sw.js, written by scripts/vite-plugin-offline.ts)
 * for the folder the page lives in, so the explorer works offline after the first visit.
 *
 * Only the app's own page calls this (src/main.tsx), and only in the normal production build:
 * the one-script-tag embed runs on someone else's page and must not register anything for
 * that page's origin, `vite dev` and the tests have no sw.js, and the single-file build runs
 * from file:// where service workers do not exist.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  // Relative to the page: the worker and its scope are the page's own folder, whatever
  // sub-path the site is served under.
  const register = () => {
    navigator.serviceWorker
      .register(new URL('sw.js', document.baseURI), { scope: './' })
      .catch((error: unknown) => {
        // Offline use is a bonus: the page works without it, so a warning is enough.
        console.warn('SiGe Explorer: offline use is not available:', error);
      });
  };
  // After the page has loaded, so that precaching does not compete with the first figure.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
