/**
 * The offline plugin's build step: which files sw.js precaches, how its version follows the
 * build's contents, and that the written worker is the template with this build filled in.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  precacheOf,
  serviceWorkerSource,
  writeServiceWorker,
} from '../../scripts/vite-plugin-offline';

let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offline-plugin-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dir, 'embed.js'), 'export {}');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'index-abc.js.map'), '{}');
  writeFileSync(join(dir, 'sw.js'), 'old worker');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('offline plugin', () => {
  it('precaches every file of the build but source maps and the worker itself, sorted', () => {
    expect(precacheOf(dir).files).toEqual([
      'assets/index-abc.js',
      'embed.js',
      'favicon.svg',
      'index.html',
    ]);
  });

  it('gives the build a version that changes with any file and only then', () => {
    const first = precacheOf(dir).version;
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(join(dir, 'assets', 'index-abc.js.map'), '{"changed":true}');
    writeFileSync(join(dir, 'sw.js'), 'another old worker');
    expect(precacheOf(dir).version).toBe(first);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t2</title>');
    expect(precacheOf(dir).version).not.toBe(first);
  });

  it('writes sw.js: the template with this build’s version and files, valid JavaScript', () => {
    const precache = writeServiceWorker(dir);
    const source = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(source).toBe(serviceWorkerSource(precache));
    expect(source).toContain(`"version": "${precache.version}"`);
    expect(source).toContain('"assets/index-abc.js"');
    expect(source).not.toContain("version: 'dev'");
    expect(() => new Function(source)).not.toThrow();
  });

  it('refuses a template that lost the line it fills in', () => {
    expect(() => serviceWorkerSource({ version: 'x', files: [] }, 'const BUILD = {};')).toThrow(
      /no longer contains/,
    );
  });
});
