import { afterEach, describe, expect, it } from 'vitest';
import { mapDisplay } from '../../src/charts/designMap/mapDisplay';
import { runCli } from '../../src/cli/commands';
import { createInProcessKineticsClient } from '../../src/client/kineticsClient';
import { axisValues } from '../../src/core/designMap/grid';
import { startDesignMapDriver } from '../../src/state/designMapRun';
import { createAppStore } from '../../src/state/store';
import { smallRetentionMap } from '../support/mapRequest';

const client = createInProcessKineticsClient();
afterEach(() => client.dispose());

describe("the page's design map on the real model", () => {
  it('names the same optimum as a brute-force sweep of `sige evaluate` over the same grid', async () => {
    const store = createAppStore();
    const stop = startDesignMapDriver(store, client);
    const { inputs, choices } = store.getState();
    const request = smallRetentionMap(inputs, choices);
    store.getState().startDesignMap(request);
    await expect
      .poll(() => store.getState().designMap.status, { timeout: 60_000, interval: 50 })
      .toBe('ready');
    stop();
    const { best } = mapDisplay(request, store.getState().designMap.cells);

    // The CLI, one composition and loading at a time, and the largest value found.
    let brute: { xGe: number; loading: number; value: number } | null = null;
    for (const xGe of axisValues(request.grid.x)) {
      for (const loading of axisValues(request.grid.second)) {
        const argv = ['evaluate', '--x', String(xGe), '--loading', String(loading), '--json'];
        const value = JSON.parse(runCli(argv)).retention3C_percent as number;
        if (brute === null || value > brute.value) brute = { xGe, loading, value };
      }
    }
    expect(brute).not.toBeNull();
    expect(best).toMatchObject({ xGe: brute?.xGe, axisValue: brute?.loading });
    expect(best?.value).toBeCloseTo(brute?.value as number, 9);
    // And the CLI's own map says the same.
    const map = JSON.parse(
      runCli([
        'map',
        '--figure',
        'retention3C',
        '--x',
        '0.125:1:3',
        '--loading',
        '0.5:1:2',
        '--json',
      ]),
    );
    expect(map.best).toMatchObject({ xGe: best?.xGe, loading_mg_per_cm2: best?.axisValue });
  }, 90_000);
});
