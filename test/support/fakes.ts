import { vi } from 'vitest';
import { computePoint, computeSweep, type PointResult, type SweepResult } from '../../src/core/api';
import { DEFAULT_INPUTS, type ModelInputs } from '../../src/core/inputs';
import type { ModelEndpoint } from '../../src/client/endpoint';
import type { SweepConditions } from '../../src/core/sweepConditions';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * A stand-in worker whose every answer the test releases by hand. `calls` are the requests
 * for the point, `sweeps` those for the curves across x.
 */
export class FakeWorker implements ModelEndpoint {
  readonly calls: { inputs: ModelInputs; basis?: string; answer: Deferred<PointResult> }[] = [];
  readonly sweeps: { conditions: SweepConditions; answer: Deferred<SweepResult> }[] = [];
  terminated = false;
  private crashListener: ((reason: string) => void) | null = null;
  private sweepsAnswered = 0;

  computeSweep(conditions: SweepConditions): Promise<SweepResult> {
    const answer = deferred<SweepResult>();
    this.sweeps.push({ conditions, answer });
    return answer.promise;
  }

  computePoint(inputs: ModelInputs, basis?: string): Promise<PointResult> {
    const answer = deferred<PointResult>();
    this.calls.push({ inputs, basis, answer });
    return answer.promise;
  }

  onCrash(listener: (reason: string) => void): void {
    this.crashListener = listener;
  }

  terminate(): void {
    this.terminated = true;
  }

  /**
   * Answers point call `i` with the real model's result for its inputs, after every sweep
   * not yet answered (the worker answers in the order asked).
   */
  answer(i = this.calls.length - 1): void {
    const call = this.calls[i];
    if (!call) throw new Error(`no call ${i}`);
    for (const sweep of this.sweeps.slice(this.sweepsAnswered)) {
      sweep.answer.resolve(computeSweep(sweep.conditions));
    }
    this.sweepsAnswered = this.sweeps.length;
    call.answer.resolve(computePoint(call.inputs, call.basis));
  }

  /** Simulates the worker's 'error' event. */
  crash(reason: string): void {
    this.crashListener?.(reason);
  }
}

/** A factory that keeps every worker it made, so a test can answer or crash any of them. */
export function recordingFactory<W>(make: () => W) {
  const workers: W[] = [];
  return {
    workers,
    create: () => {
      const worker = make();
      workers.push(worker);
      return worker;
    },
  };
}

export const fakeWorkerFactory = () => recordingFactory(() => new FakeWorker());

export const withX = (xGe: number): ModelInputs => ({ ...DEFAULT_INPUTS, xGe });

/** Lets pending promise callbacks and zero-delay timers run. */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A window whose address bar the URL sync writes to, and whose writes a test can count. */
export function fakeWindow(href: string) {
  const win = {
    location: { href },
    history: {
      state: null,
      replaceState: vi.fn((_state: unknown, _title: string, url?: string | URL | null) => {
        win.location.href = String(url);
      }),
    },
  };
  return win as unknown as Window & { history: { replaceState: ReturnType<typeof vi.fn> } };
}
