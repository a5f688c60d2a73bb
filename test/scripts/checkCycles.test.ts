import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/check-cycles.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const run = (cwd: string) => spawnSync(process.execPath, [SCRIPT], { cwd, encoding: 'utf8' });

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** A throwaway project whose src/ holds the given files. */
function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'cycles-'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, 'src', path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

describe('the import-cycle check', () => {
  it('finds a circle through three modules, a type-only and a multi-line import among them', () => {
    const cwd = project({
      'a.ts': "import { b } from './deep/b';\nexport const a = b + 1;\n",
      'deep/b.ts': "import {\n  c,\n} from '../c';\nexport const b = c;\n",
      'c.ts': "import type { A } from './types/a';\nexport const c = 1;\nexport type C = A;\n",
      'types/a.ts': "export type { a as A } from '../a';\n",
      'free.ts': "import { a } from './a';\nexport const lazy = () => import('./a');\n",
    });
    const result = run(cwd);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Import cycle: src\/a\.ts ↔ src\/c\.ts ↔ src\/deep\/b\.ts ↔ src\/types\/a\.ts/,
    );
    expect(result.stderr).not.toMatch(/free\.ts/);
  });

  it('passes a tree without circles, where a lazy import() points back', () => {
    const cwd = project({
      'a.ts': "import { b } from './b';\nexport const a = b;\n",
      'b.ts': "export const b = 1;\nexport const later = () => import('./a');\n",
    });
    const result = run(cwd);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/No import cycles among 2 modules/);
  });

  it('finds none in this project', () => {
    const result = run(ROOT);
    expect(result.status, result.stderr).toBe(0);
  });
});
