import { describe, expect, it } from 'vitest';
import type { KineticsClient } from '../../src/client/kineticsClient';
import { CALIBRATED_PARAMS, type KineticParams } from '../../src/core/params';
import { startKineticsDriver } from '../../src/state/kineticsDriver';
import { RETENTION_CHUNKS, retentionKeyOf } from '../../src/state/retentionGrid';
import { createAppStore } from '../../src/state/store';
import { flush } from '../support/fakes';
import { fakeRetention, fakeView, ONE_FREE_WORKER } from '../support/kineticsFakes';

/** A client answering at once, recording which kinetic parameters each request carried. */
function recordingClient() {
  const views: (KineticParams | null | undefined)[] = [];
  const chunks: (KineticParams | null | undefined)[] = [];
  const client: KineticsClient = {
    ...ONE_FREE_WORKER,
    requestView: async (inputs, choices, kinetics) => {
      views.push(kinetics);
      return fakeView(inputs, choices);
    },
    requestRetention: async (_inputs, _choices, xs, kinetics) => {
      chunks.push(kinetics);
      return fakeRetention(xs);
    },
    dispose: () => {},
  };
  return { client, views, chunks };
}

const refitted: KineticParams = { ...CALIBRATED_PARAMS.kinetics, ionicLithiationGain_decades: 0.9 };

describe('the kinetics driver with refit parameters', () => {
  it('asks again for the view and the whole retention curve when they are applied or dropped', async () => {
    const store = createAppStore();
    const { client, views, chunks } = recordingClient();
    const stop = startKineticsDriver(store, client, { quietMs: 0, sweepSettleMs: 0 });
    await flush();
    expect(views).toEqual([null]);
    expect(chunks).toEqual(RETENTION_CHUNKS.map(() => null));
    const calibratedKey = store.getState().retention.key;
    expect(calibratedKey).toBe(retentionKeyOf(store.getState().inputs, store.getState().choices));

    store.getState().showRefit({
      params: refitted,
      fitted: [],
      residuals: [],
      source: 'refit to cell.csv',
      stopped: false,
      notes: [],
      meta: {},
    });
    await flush();
    // Shown is not applied: nothing is asked.
    expect(views).toHaveLength(1);

    store.getState().applyRefit();
    await flush();
    expect(views).toEqual([null, refitted]);
    expect(chunks.slice(RETENTION_CHUNKS.length)).toEqual(RETENTION_CHUNKS.map(() => refitted));
    // A curve of its own: a late chunk of the calibration's could not land in it.
    expect(store.getState().retention.key).not.toBe(calibratedKey);
    expect(store.getState().retention.status).toBe('ready');

    store.getState().backToCalibration();
    await flush();
    expect(views).toEqual([null, refitted, null]);
    expect(chunks).toHaveLength(3 * RETENTION_CHUNKS.length);
    expect(store.getState().retention.key).toBe(calibratedKey);
    expect(store.getState().kineticOverrideSource).toBeNull();
    stop();
  });
});
