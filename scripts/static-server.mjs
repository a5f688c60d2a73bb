// A tiny static server (node:http only) for the built app in dist/.
//
// It serves the build under a sub-path (default /lab/wiki/sige/) on a free localhost port,
// which proves that the relative `base: './'` build works wherever a lab wiki puts it.
// Requests outside the sub-path, missing files and path traversal get 404; a request for
// the sub-path without its trailing slash is redirected (relative URLs need the slash).
// With `crossOriginIsolated: true` it sends COOP/COEP/CORP headers so that
// performance.now() is not coarsened (used by scripts/bench-ui.mjs).
//
//   node scripts/static-server.mjs [--root dist] [--base /lab/wiki/sige/] [--port 0] [--coi]
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export const DEFAULT_BASE_PATH = '/lab/wiki/sige/';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function normalizeBase(basePath) {
  let base = basePath.startsWith('/') ? basePath : `/${basePath}`;
  if (!base.endsWith('/')) base += '/';
  return base;
}

/**
 * Starts the server. Resolves to { url, origin, port, basePath, close() }, where url is the
 * app's address (origin + sub-path, with the trailing slash).
 */
export async function startStaticServer({
  root = 'dist',
  basePath = DEFAULT_BASE_PATH,
  port = 0,
  host = '127.0.0.1',
  crossOriginIsolated = false,
  log = null,
} = {}) {
  const rootDir = resolve(root);
  const base = normalizeBase(basePath);
  const extraHeaders = crossOriginIsolated ? ISOLATION_HEADERS : {};

  const server = createServer(async (req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, { ...extraHeaders, 'Cache-Control': 'no-store', ...headers });
      res.end(body);
      log?.(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'Method not allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      send(400, { 'Content-Type': 'text/plain' }, 'Bad request\n');
      return;
    }
    if (`${pathname}/` === base) {
      const raw = req.url ?? '';
      const query = raw.includes('?') ? raw.slice(raw.indexOf('?')) : '';
      send(301, { Location: base + query }, '');
      return;
    }
    if (!pathname.startsWith(base) || pathname.includes('\0')) {
      send(404, { 'Content-Type': 'text/plain' }, 'Not found\n');
      return;
    }
    let relative = pathname.slice(base.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const filePath = normalize(join(rootDir, relative));
    if (filePath !== rootDir && !filePath.startsWith(rootDir + sep)) {
      send(404, { 'Content-Type': 'text/plain' }, 'Not found\n');
      return;
    }
    let info;
    try {
      info = await stat(filePath);
    } catch {
      info = null;
    }
    if (!info?.isFile()) {
      send(404, { 'Content-Type': 'text/plain' }, 'Not found\n');
      return;
    }
    const type = MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      ...extraHeaders,
      'Cache-Control': 'no-store',
      'Content-Type': type,
      'Content-Length': info.size,
      'X-Content-Type-Options': 'nosniff',
    });
    log?.(`200 ${req.method} ${req.url}`);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(filePath)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${host}:${actualPort}`;
  return {
    url: `${origin}${base}`,
    origin,
    port: actualPort,
    basePath: base,
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      base: { type: 'string', default: DEFAULT_BASE_PATH },
      port: { type: 'string', default: '0' },
      coi: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const server = await startStaticServer({
    root: values.root,
    basePath: values.base,
    port: Number(values.port),
    crossOriginIsolated: values.coi,
    log: values.verbose ? (line) => console.log(line) : null,
  });
  console.log(`Serving ${values.root}/ at ${server.url}${values.coi ? ' (COOP/COEP)' : ''}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
