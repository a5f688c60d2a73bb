import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args';
import { runCli } from '../../src/cli/commands';
import { KINETIC_PARAMETERS } from '../../src/core/calibration/kineticParameters';

/** The model's 0.2, 1 and 3 C capacities at x = 0.125 with Γi = 0.9 (scripts/refit-fixture.ts). */
const FIXTURE = 'test/fixtures/cycler/refit_rate_table.csv';
const TRUE_GAMMA_I = 0.9;
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL(`../../${FIXTURE}`, import.meta.url));
/** The fixture's 3 C capacity as written (scripts/refit-fixture.ts rewrites it with the model). */
const AT_3C = /^3,([\d.]+)$/m.exec(readFileSync(fixture, 'utf8'))?.[1] ?? 'missing';
/** A one-parameter refit of three rates takes 2–3 s on an idle 2-core machine. */
const SLOW = 60_000;

describe('sige refit', () => {
  it(
    'prints the fitted values, uncertainties and residuals as JSON',
    () => {
      const out = JSON.parse(runCli(['refit', '--data', fixture, '--params', 'gammaI', '--json']));
      expect(Object.keys(out)).toEqual(['params', 'fitted', 'residuals', 'evaluations']);
      expect(Object.keys(out.params)).toEqual(KINETIC_PARAMETERS.map((s) => s.key));
      const [fitted] = out.fitted;
      expect(out.fitted).toHaveLength(1);
      expect(fitted.key).toBe('ionicLithiationGain_decades');
      expect(fitted.symbol).toBe('Γi');
      expect(fitted.pinned).toBe(true);
      expect(Math.abs(fitted.value - TRUE_GAMMA_I)).toBeLessThanOrEqual(2 * fitted.sigma);
      expect(out.params.ionicLithiationGain_decades).toBe(fitted.value);
      expect(out.residuals.map((r: { label: string }) => r.label)).toEqual([
        'capacity at 0.2 C',
        'capacity at 1 C',
        'capacity at 3 C',
      ]);
      expect(out.evaluations).toBeGreaterThan(3);
    },
    SLOW,
  );

  it(
    'prints a table with value ± σ and a warning for a parameter the data cannot pin',
    () => {
      const text = runCli(['refit', '--data', fixture, '--params', 'q₁ₕ', '--x', '0.125']);
      const lines = text.split('\n');
      expect(lines[0]).toMatch(
        /^refit of 1 parameter\(s\) to 3 data point\(s\): \d+ model evaluations/,
      );
      expect(lines[2]).toMatch(/^parameter\s+key\s+value\s+±1σ\s+unit$/);
      expect(lines[3]).toMatch(/^q₁ₕ\s+log10SideFilm1h_C_per_cm2\s+-?[\d.]+\s+\S+\s+log₁₀ C\/cm²$/);
      expect(text).toMatch(/\nwarning: The data cannot pin q1h \(q₁ₕ, log10SideFilm1h_C_per_cm2\)/);
      expect(text).toMatch(
        new RegExp(
          `\\ncapacity at 3 C\\s+${AT_3C.replace('.', '\\.')}\\s+\\d+(\\.\\d+)?\\s+-?\\d+\\.\\d\\d$`,
        ),
      );
    },
    SLOW,
  );

  it('refuses an unknown parameter with the list, and a missing --data or --params', () => {
    expect(() => runCli(['refit', '--data', fixture, '--params', 'gammaI,kappa'])).toThrow(
      new RegExp(
        `^Unknown parameter name "kappa"; the parameters that can be refit are gammaE \\(Γe, ` +
          'electronicLithiationGain_decades\\), gammaI',
      ),
    );
    expect(() => runCli(['refit', '--params', 'gammaI'])).toThrow(/refit needs --data FILE/);
    expect(() => runCli(['refit', '--data', fixture])).toThrow(/refit needs --params, .*q1h/);
    expect(() => runCli(['refit', fixture, '--params', 'gammaI'])).toThrow(UsageError);
    expect(() => runCli(['refit', '--data', 'no-such.csv', '--params', 'gammaI'])).toThrow(
      /Cannot read no-such\.csv/,
    );
  });

  it(
    'exits 2 with the list of parameters on stderr for an unknown one',
    () => {
      const r = spawnSync(
        fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url)),
        ['scripts/cli.ts', 'refit', '--data', FIXTURE, '--params', 'kappa', '--json'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^sige: Unknown parameter name "kappa"; .* q1h \(q₁ₕ, log10SideFilm1h_C_per_cm2\)\.\n$/,
      );
      expect(r.stdout).toBe('');
    },
    SLOW,
  );
});
