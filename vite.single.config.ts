import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

// `npm run build:single`: the whole explorer as ONE html file (dist-single/sige-explorer.html)
// that opens from a USB stick or an e-mail attachment (file://) with no network: scripts,
// styles, the lazy sections and the model worker are all inlined. The normal build
// (vite.config.ts) is untouched by this file. Mode "single": no service worker (see main.tsx).

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const STARTER = here('src/client/startWorker.ts');
const INLINE_STARTER = here('src/client/startWorker.inline.ts');
const FAVICON = here('public/favicon.svg');

/** The model worker travels inside the bundle: startWorker.ts → startWorker.inline.ts. */
function inlineModelWorker(): Plugin {
  return {
    name: 'sige:inline-model-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/startWorker(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === STARTER ? INLINE_STARTER : null;
    },
  };
}

/** The icon as a data: URL, so that file:// asks for no favicon.svg beside the page. */
function inlineFavicon(): Plugin {
  return {
    name: 'sige:inline-favicon',
    transformIndexHtml(html) {
      const svg = readFileSync(FAVICON, 'utf8');
      const url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      const out = html.replace('href="./favicon.svg"', `href="${url}"`);
      if (out === html) throw new Error('index.html no longer links ./favicon.svg');
      return out;
    },
  };
}

export default defineConfig({
  mode: 'single',
  base: './',
  publicDir: false,
  plugins: [
    react(),
    inlineModelWorker(),
    inlineFavicon(),
    viteSingleFile({ outputFileName: 'sige-explorer.html', removeViteModuleLoader: true }),
  ],
  // A classic (IIFE) worker: Chromium refuses to start a *module* worker from a blob URL in
  // a page opened from file:// (an opaque origin); a classic one starts.
  worker: { format: 'iife' },
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: { input: 'index.html' },
  },
});
