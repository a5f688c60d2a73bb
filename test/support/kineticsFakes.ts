import type { KineticsEndpoint } from '../../src/client/endpoint';
import type { KineticsClient } from '../../src/client/kineticsClient';
import type { GridIndex, MapCell, MapRequest } from '../../src/core/designMap';
import { gridAxes } from '../../src/core/designMap';
import type { ModelChoices, ModelInputs } from '../../src/core/inputs';
import { evaluateFullCell } from '../../src/core/fullCell';
import type { KineticsView, RetentionPoint } from '../../src/core/kinetics/api';
import { LIMITING_PROCESSES, type LimitingProcess } from '../../src/core/kinetics/protocol';
import { deferred, recordingFactory, type Deferred } from './fakes';

/**
 * A structurally complete kinetics answer made without the (slow) model: for tests
 * of plumbing, where the numbers do not matter, only whose inputs they belong to.
 */
export function fakeView(inputs: ModelInputs, choices: ModelChoices): KineticsView {
  const rates = [inputs.profileRate1, inputs.profileRate2, inputs.profileRate3];
  const branch = (from: number, to: number) =>
    [0, 1000, 2000].map((c, i) => ({ capacity_mAh_per_g: c, potential_V: from + (to - from) * i }));
  const position = [0.1, 0.5, 0.9];
  const rateCurve = [0.05, 0.2, 1, 3, 10].map((cRate) => ({
    cRate,
    capacity_mAh_per_g: 2500 / cRate,
  }));
  const fullCell = evaluateFullCell(
    {
      lithiation_mAh_per_g: 2500,
      delithiation_mAh_per_g: 2400,
      rateCurve,
      averageLithiationPotential_V: 0.15,
      averageDelithiationPotential_V: 0.4,
      loading_g_per_cm2: 1e-3,
    },
    { cathode: choices.cathode === 'lco' ? 'lco' : 'ncm', npRatio: inputs.npRatio },
  );
  return {
    inputs,
    choices,
    notes: [],
    formation: {
      lithiation_mAh_per_g: 2500,
      delithiation_mAh_per_g: 2400,
      profile: { lithiation: branch(0.4, 0.1), delithiation: branch(0.3, 0.6) },
    },
    rateCurve,
    retention3C_percent: 50,
    profiles: rates.map((cRate) => ({
      cRate,
      lithiation: branch(0.4, 0.1),
      delithiation: branch(0.3, 0.6),
      polarization_V: 0.05,
    })),
    distribution: {
      branch: choices.snapshotBranch === 'delithiation' ? 'delithiation' : 'lithiation',
      capacity_mAh_per_g: 1000,
      position,
      reaction: [1.2, 1, 0.8],
      theta: [0.4, 0.5, 0.6],
      convertible: 1,
      losses: [0.01, 0.02, 0.003, 0.01, 0.005],
    },
    limitation: {
      process: 'ionic transport',
      shares: Object.fromEntries(
        LIMITING_PROCESSES.map((p) => [p, p === 'ionic transport' ? 0.6 : 0.1]),
      ) as Record<LimitingProcess, number>,
      polarization_V: 0.2,
    },
    inventory: FAKE_INVENTORY,
    fullCell,
  };
}

const FAKE_INVENTORY = {
  inserted_mAh_per_g: 2500,
  reversible_percent: 90,
  quasiReversible_percent: 6,
  inactive_percent: 4,
  sideReaction_percent: 3,
  ice_percent: 90,
};

export const fakeRetention = (xs: readonly number[]): RetentionPoint[] =>
  xs.map((xGe) => ({ xGe, retention3C_percent: 100 * (1 - xGe), inventory: FAKE_INVENTORY }));

/** Map cells whose value is a plain function of the cell (1 − x, scaled by the axis index). */
export const fakeMapCells = (request: MapRequest, cells: readonly GridIndex[]): MapCell[] => {
  const { xs, values } = gridAxes(request.grid);
  return cells.map(({ i, j }) => ({
    i,
    j,
    xGe: xs[i] ?? 0,
    axisValue: values[j] ?? 0,
    value: 100 * (1 - (xs[i] ?? 0)) * (1 - j / (2 * values.length)),
    clamped: false,
  }));
};

type Call =
  | {
      kind: 'view';
      inputs: ModelInputs;
      choices: ModelChoices;
      /** A drag's preview on the coarser grid. */
      draft: boolean;
      answer: Deferred<KineticsView>;
    }
  | {
      kind: 'retention';
      inputs: ModelInputs;
      choices: ModelChoices;
      xs: readonly number[];
      answer: Deferred<RetentionPoint[]>;
    };

/** A stand-in kinetics worker whose every answer the test releases by hand. */
export class FakeKineticsWorker implements KineticsEndpoint {
  readonly calls: Call[] = [];
  terminated = false;
  private crashListener: ((reason: string) => void) | null = null;

  computeKinetics(
    inputs: ModelInputs,
    choices: ModelChoices,
    _kinetics?: unknown,
    draft = false,
  ): Promise<KineticsView> {
    const answer = deferred<KineticsView>();
    this.calls.push({ kind: 'view', inputs, choices, draft, answer });
    return answer.promise;
  }

  retentionSweep(
    inputs: ModelInputs,
    choices: ModelChoices,
    xs: readonly number[],
  ): Promise<RetentionPoint[]> {
    const answer = deferred<RetentionPoint[]>();
    this.calls.push({ kind: 'retention', inputs, choices, xs, answer });
    return answer.promise;
  }

  /** Answered at once: the tests that need a slow map hold the client, not the worker. */
  mapCells(request: MapRequest, cells: readonly GridIndex[]): Promise<MapCell[]> {
    return Promise.resolve(fakeMapCells(request, cells));
  }

  onCrash(listener: (reason: string) => void): void {
    this.crashListener = listener;
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The newest call, which must be the one in flight. */
  get last(): Call {
    const call = this.calls[this.calls.length - 1];
    if (!call) throw new Error('no call yet');
    return call;
  }

  /** Answers the newest call with a fake result for its own inputs. */
  answerLast(): Call {
    const call = this.last;
    if (call.kind === 'view') {
      const view = fakeView(call.inputs, call.choices);
      call.answer.resolve(call.draft ? { ...view, draft: true } : view);
    } else call.answer.resolve(fakeRetention(call.xs));
    return call;
  }

  crash(reason: string): void {
    this.crashListener?.(reason);
  }
}

/**
 * The pool side of a hand-made client that answers at once: one worker, always free, and
 * pinned views and map cells answered with fake numbers (tests of them replace these).
 */
export const ONE_FREE_WORKER: Pick<
  KineticsClient,
  'workers' | 'idleWorkers' | 'inPage' | 'requestPinned' | 'requestMapCells' | 'prefetchView'
> = {
  workers: 1,
  prefetchView: () => {},
  idleWorkers: () => 1,
  inPage: false,
  requestPinned: async (inputs, choices) => fakeView(inputs, choices),
  requestMapCells: async (request, cells) => fakeMapCells(request, cells),
};

/** The kinetics answered at once with fake numbers, for tests about controls and words. */
export const QUICK_KINETICS: KineticsClient = {
  ...ONE_FREE_WORKER,
  requestView: async (inputs, choices) => fakeView(inputs, choices),
  requestRetention: async (_inputs, _choices, xs) => fakeRetention(xs),
  dispose: () => {},
};

export const fakeKineticsFactory = () => recordingFactory(() => new FakeKineticsWorker());
