import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCellDataClient,
  createInPageCellDataEndpoint,
  type CellDataEndpoint,
} from '../../src/client/cellDataClient';
import { CellDataError, MAX_FILE_BYTES } from '../../src/core/cellData';
import type { ParseAnswer } from '../../workers/cellDataApi';
import { cyclerFixture } from '../support/cellDataFakes';
import { deferred } from '../support/fakes';

afterEach(() => vi.restoreAllMocks());

const fileOf = (name: string) => new Blob([cyclerFixture(name)]);

/** An endpoint whose answers the test releases, and that can die like a worker. */
function heldEndpoint() {
  let answer = deferred<ParseAnswer>();
  let crash: (reason: string) => void = () => {};
  const endpoint: CellDataEndpoint & { terminated: boolean; calls: number } = {
    terminated: false,
    calls: 0,
    parse: () => {
      endpoint.calls += 1;
      answer = deferred<ParseAnswer>();
      return answer.promise;
    },
    onCrash: (listener) => {
      crash = listener;
    },
    terminate() {
      endpoint.terminated = true;
    },
  };
  return {
    endpoint,
    /** The newest call's answer. */
    get answer() {
      return answer;
    },
    crash: (reason: string) => crash(reason),
  };
}

async function failureOf(promise: Promise<unknown>): Promise<CellDataError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CellDataError)) throw new Error(`expected a CellDataError, got ${error}`);
  return error;
}

/** A client whose every worker is held (answered by the test), each one kept in start order. */
function clientOfHeldWorkers() {
  const endpoints: ReturnType<typeof heldEndpoint>[] = [];
  const client = createCellDataClient({
    createEndpoint: () => {
      const held = heldEndpoint();
      endpoints.push(held);
      return held.endpoint;
    },
  });
  return { client, endpoints };
}

describe('the import client', () => {
  it('parses on the page when no worker can be started, with progress', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createCellDataClient({
      createEndpoint: () => {
        throw new ReferenceError('Worker is not defined');
      },
    });
    const progress: number[] = [];
    const result = await client.parse(fileOf('arbin.csv'), { fileName: 'arbin.csv' }, (f) =>
      progress.push(f),
    );
    expect(result).toMatchObject({ status: 'parsed', format: 'arbin', cycles: 2 });
    expect(client.inPage).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });

  it('gives back the parser’s error with its line and column, as a CellDataError', async () => {
    const client = createCellDataClient({ createEndpoint: createInPageCellDataEndpoint });
    const error = await failureOf(
      client.parse(fileOf('arbin_bad_cell.csv'), { fileName: 'arbin_bad_cell.csv' }),
    );
    expect(error.code).toBe('not-a-number');
    expect(error.line).toBe(14);
    expect(error.column).toBe('Voltage(V)');
    expect(error.message).toBe("Line 14, column 'Voltage(V)': 'abc' is not a number.");
  });

  it('refuses a file over the limit before reading it', async () => {
    const client = createCellDataClient({ createEndpoint: createInPageCellDataEndpoint });
    const huge = new Blob(['x']);
    Object.defineProperty(huge, 'size', { value: MAX_FILE_BYTES + 1 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    const error = await failureOf(client.parse(huge, { fileName: 'huge.csv' }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/the limit is 50 MB/);
    expect(read).not.toHaveBeenCalled();
  });

  it('cancels by ending the worker, and starts a fresh one for the next file', async () => {
    const { client, endpoints } = clientOfHeldWorkers();
    const first = client.parse(fileOf('arbin.csv'), { fileName: 'arbin.csv' });
    await vi.waitFor(() => expect(endpoints).toHaveLength(1));
    client.cancel();
    const error = await failureOf(first);
    expect(error.code).toBe('aborted');
    expect(error.message).toBe('Import cancelled.');
    expect(endpoints[0]?.endpoint.terminated).toBe(true);

    const second = client.parse(fileOf('arbin.csv'), { fileName: 'arbin.csv' });
    await vi.waitFor(() => expect(endpoints[1]?.endpoint.calls).toBe(1));
    endpoints[1]?.answer.resolve({
      ok: false,
      error: { code: 'empty', message: 'The file is empty.' },
    });
    expect((await failureOf(second)).message).toBe('The file is empty.');
  });

  it('parses on the page when the worker dies before it ever answered (a blocked script)', async () => {
    const held = heldEndpoint();
    const client = createCellDataClient({ createEndpoint: () => held.endpoint });
    const parsing = client.parse(fileOf('maccor.txt'), { fileName: 'maccor.txt' });
    await vi.waitFor(() => expect(held.endpoint.calls).toBe(1));
    held.crash('failed to load');
    await expect(parsing).resolves.toMatchObject({ status: 'parsed', format: 'maccor' });
    expect(client.inPage).toBe(true);
  });

  it('reports a worker that dies after it has answered as a failed import', async () => {
    const { client, endpoints } = clientOfHeldWorkers();
    const done = client.parse(fileOf('arbin.csv'), { fileName: 'a' });
    await vi.waitFor(() => expect(endpoints[0]?.endpoint.calls).toBe(1));
    endpoints[0]?.answer.resolve({
      ok: true,
      result: {
        status: 'parsed',
        format: 'arbin',
        formatLabel: 'Arbin CSV',
        cycles: 0,
        series: [],
        warnings: [],
      },
    });
    await done;
    // The same worker takes the next file, and dies on it.
    const next = client.parse(fileOf('arbin.csv'), { fileName: 'b' });
    await vi.waitFor(() => expect(endpoints[0]?.endpoint.calls).toBe(2));
    endpoints[0]?.crash('out of memory');
    const error = await failureOf(next);
    expect(error.message).toBe('The import worker stopped: out of memory');
    expect(client.inPage).toBe(false);
  });
});
