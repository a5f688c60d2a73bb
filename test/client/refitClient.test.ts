import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createInPageRefitEndpoint,
  createRefitClient,
  RefitRunError,
  type RefitEndpoint,
  type RefitProgress,
  type RefitRequest,
} from '../../src/client/refitClient';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { CALIBRATED_PARAMS } from '../../src/core/params';
import { BASE_EVALUATIONS, EVALUATIONS_PER_PARAMETER } from '../../src/core/refit';
import type { RefitAnswer } from '../../workers/refitApi';
import { parsedFixture } from '../support/cellDataFakes';
import { deferred } from '../support/fakes';

afterEach(() => vi.restoreAllMocks());

const Q1H = 'log10SideFilm1h_C_per_cm2' as const;

/** The fixture's rate table at the default cell, one parameter the data cannot pin. */
const request: RefitRequest = {
  data: parsedFixture('refit_rate_table.csv'),
  inputs: DEFAULT_INPUTS,
  choices: DEFAULT_CHOICES,
  params: [Q1H],
};

/** A stand-in worker: the test sends its progress, answers it, or lets it die. */
class HeldWorker implements RefitEndpoint {
  readonly answer = deferred<RefitAnswer>();
  readonly requests: RefitRequest[] = [];
  terminated = false;
  private progress: ((p: RefitProgress) => void) | undefined;
  private crashed: ((reason: string) => void) | undefined;

  run(req: RefitRequest, onProgress?: (p: RefitProgress) => void): Promise<RefitAnswer> {
    this.requests.push(req);
    this.progress = onProgress;
    return this.answer.promise;
  }
  onCrash(listener: (reason: string) => void): void {
    this.crashed = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
  report(p: RefitProgress): void {
    this.progress?.(p);
  }
  crash(reason: string): void {
    this.crashed?.(reason);
  }
}

const progressAt = (evaluations: number, value: number): RefitProgress => ({
  evaluations,
  budget: 102,
  score: 3 - evaluations / 10,
  best: { ...CALIBRATED_PARAMS.kinetics, [Q1H]: value },
});

/** What starting a worker does where there are none (a browser that forbids them, Node). */
const noWorker = (): RefitEndpoint => {
  throw new ReferenceError('Worker is not defined');
};

/** Lets pending promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the refit client', () => {
  it('refits on the page when no worker can start, reporting each evaluation out of the budget', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createRefitClient({ createEndpoint: noWorker });
    const seen: RefitProgress[] = [];
    const result = await client.run(request, (p) => seen.push(p));
    expect(client.inPage).toBe(true);
    expect(warned).toHaveBeenCalledOnce();
    expect(seen.map((p) => p.evaluations)).toEqual(seen.map((_, i) => i + 1));
    // The search's budget, and two evaluations per parameter for the uncertainty.
    expect(seen[0]?.budget).toBe(BASE_EVALUATIONS + EVALUATIONS_PER_PARAMETER + 2);
    expect(result.evaluations).toBe(seen.length);
    expect(seen.at(-1)?.best).toEqual(result.params);
    expect(result.stopped).toBe(false);
    expect(result.fitted).toMatchObject([{ key: Q1H, pinned: false }]);
    expect(result.residuals.map((r) => r.label)).toEqual([
      'capacity at 0.2 C',
      'capacity at 1 C',
      'capacity at 3 C',
    ]);
  });

  it('on cancel ends the worker and keeps the best point so far, with its residuals', async () => {
    const held = new HeldWorker();
    const made: RefitEndpoint[] = [];
    const client = createRefitClient({
      // The first endpoint is the worker that will be cancelled; the next one, the page's.
      createEndpoint: () => {
        const next = made.length === 0 ? held : createInPageRefitEndpoint();
        made.push(next);
        return next;
      },
    });
    const seen: number[] = [];
    const running = client.run(request, (p) => seen.push(p.evaluations));
    await settle();
    held.report(progressAt(1, -1));
    held.report(progressAt(2, -1.5));
    client.cancel();
    // A report that was on its way when the worker ended belongs to no run.
    held.report(progressAt(3, -5));
    const result = await running;
    expect(held.terminated).toBe(true);
    expect(seen).toEqual([1, 2]);
    expect(result.stopped).toBe(true);
    expect(result.evaluations).toBe(2);
    expect(result.params[Q1H]).toBe(-1.5);
    expect(result.fitted).toMatchObject([{ key: Q1H, value: -1.5, pinned: false }]);
    expect(Number.isNaN(result.fitted[0]?.sigma)).toBe(true);
    // The best point's residuals, from one evaluation on a fresh endpoint.
    expect(made).toHaveLength(2);
    expect(result.residuals).toHaveLength(3);
    expect(result.residuals.every((r) => Number.isFinite(r.model))).toBe(true);
  });

  it('keeps the best point without residuals when even its one evaluation cannot run', async () => {
    const first = new HeldWorker();
    const second = new HeldWorker();
    const endpoints = [first, second];
    const client = createRefitClient({ createEndpoint: () => endpoints.shift()! });
    const running = client.run(request);
    await settle();
    first.report(progressAt(4, -2));
    client.cancel();
    await settle();
    expect(second.requests[0]).toMatchObject({ evaluateOnly: true, start: { [Q1H]: -2 } });
    // It dies after the first answered nothing: the page has no more workers to spare.
    second.answer.reject(new Error('gone'));
    const result = await running;
    expect(result).toMatchObject({ stopped: true, evaluations: 4, residuals: [] });
    expect(result.params[Q1H]).toBe(-2);
  });

  it('says "Refit cancelled." when stopped before its first evaluation', async () => {
    const held = new HeldWorker();
    const client = createRefitClient({ createEndpoint: () => held });
    const running = client.run(request);
    await settle();
    client.cancel();
    const error = await running.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RefitRunError);
    expect(error).toMatchObject({ message: 'Refit cancelled.', cancelled: true });
  });

  it('refits on the page when the worker dies before it ever answered', async () => {
    const held = new HeldWorker();
    let made = 0;
    const client = createRefitClient({
      createEndpoint: () => {
        made += 1;
        return held;
      },
    });
    const running = client.run({ ...request, evaluateOnly: true });
    await settle();
    held.crash('failed to start');
    const result = await running;
    expect(client.inPage).toBe(true);
    expect(made).toBe(1);
    expect(result.residuals).toHaveLength(3);
  });

  it('gives back the core’s refusal in its own words', async () => {
    const client = createRefitClient({ createEndpoint: createInPageRefitEndpoint });
    const noTargets = { ...request, data: { ...request.data, rateTable: [] } };
    await expect(client.run(noTargets)).rejects.toThrow(/^Nothing to fit/);
  });
});
