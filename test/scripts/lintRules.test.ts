import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own config, run on code that breaks (or keeps) a boundary, as a file at the
// given path: the rules must catch the import wherever in the tree it is written.
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the import boundaries in eslint.config.js', () => {
  it('keep page code out of the core at any depth', async () => {
    for (const from of [
      '../../state/store',
      '../state/store',
      '../../charts/kit/Axis',
      '../../components/FormulaText',
      '../../client/kineticsClient',
    ]) {
      const messages = await restricted(
        `import { x } from '${from}';\nexport const y = x;\n`,
        'src/core/kinetics/example.ts',
      );
      expect(messages, from).toHaveLength(1);
    }
  });

  it('keep React, d3, zustand and comlink out of the core', async () => {
    for (const name of ['react', 'd3', 'd3-scale', 'zustand', 'comlink']) {
      const messages = await restricted(
        `import { x } from '${name}';\nexport const y = x;\n`,
        'src/core/example.ts',
      );
      expect(messages, name).toHaveLength(1);
    }
  });

  it('let charts take d3 modules by name, never the umbrella or d3-selection', async () => {
    const file = 'src/charts/kit/example.ts';
    expect(
      await restricted(`import { select } from 'd3';\nexport const s = select;\n`, file),
    ).toHaveLength(1);
    expect(
      await restricted(`import { select } from 'd3-selection';\nexport const s = select;\n`, file),
    ).toHaveLength(1);
    expect(
      await restricted(
        `import { scaleLinear } from 'd3-scale';\nexport const s = scaleLinear;\n`,
        file,
      ),
    ).toHaveLength(0);
  });

  it('let the core import its own modules', async () => {
    const messages = await restricted(
      `import { x } from '../params';\nexport const y = x;\n`,
      'src/core/kinetics/example.ts',
    );
    expect(messages).toHaveLength(0);
  });
});
