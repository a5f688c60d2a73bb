/**
 * The static server the e2e suite and bench:ui use: sub-path only, right MIME types,
 * 404 for misses and path tricks, optional cross-origin isolation headers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module without type declarations
import { startStaticServer } from '../../scripts/static-server.mjs';

interface Served {
  url: string;
  origin: string;
  close(): Promise<void>;
}

let outer = '';
let root = '';
let plain: Served;
let isolated: Served;

beforeAll(async () => {
  outer = mkdtempSync(join(tmpdir(), 'static-server-'));
  root = join(outer, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  const files: Record<string, string> = {
    'a.js': 'export {}',
    'a.mjs': 'export {}',
    'a.css': 'body{}',
    'a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'a.json': '{}',
    'a.js.map': '{}',
    'a.wasm': '\0asm',
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(root, 'assets', name), body);
  writeFileSync(join(outer, 'outside-static-root.txt'), 'secret');
  plain = (await startStaticServer({ root, basePath: '/lab/wiki/sige/' })) as Served;
  isolated = (await startStaticServer({ root, crossOriginIsolated: true })) as Served;
});

afterAll(async () => {
  await plain?.close();
  await isolated?.close();
  rmSync(outer, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves index.html at the sub-path', async () => {
    expect(plain.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/lab\/wiki\/sige\/$/);
    const response = await fetch(`${plain.url}?xGe=0.25`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>t</title>');
  });

  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.wasm', 'application/wasm'],
  ])('serves %s as %s', async (name, type) => {
    const response = await fetch(`${plain.url}assets/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('redirects the sub-path without its slash, keeping the query', async () => {
    const response = await fetch(`${plain.origin}/lab/wiki/sige?xGe=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/lab/wiki/sige/?xGe=1');
  });

  it.each([
    '/lab/wiki/sige/assets/missing.js',
    '/assets/a.js',
    '/index.html',
    '/lab/wiki/sige/%2e%2e/outside-static-root.txt',
    '/lab/wiki/sige/..%2foutside-static-root.txt',
    '/lab/wiki/sige/assets/..%2f..%2foutside-static-root.txt',
    '/lab/wiki/sige/assets',
  ])('answers 404 for %s', async (path) => {
    const response = await fetch(`${plain.origin}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('sends COOP/COEP only when asked to', async () => {
    const a = await fetch(plain.url);
    expect(a.headers.get('cross-origin-opener-policy')).toBeNull();
    const b = await fetch(`${isolated.url}assets/a.js`);
    expect(b.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(b.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    const missing = await fetch(`${isolated.url}nothing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });
});
