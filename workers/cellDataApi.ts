import * as Comlink from 'comlink';
import { CellDataError, parseCellData } from '../src/core/cellData';
import type {
  AbortFlag,
  CellDataErrorCode,
  CellDataResult,
  ColumnMapping,
} from '../src/core/cellData';

/** What the page asks of one parse; the file's bytes travel beside it, transferred. */
export interface ParseRequest {
  readonly fileName: string;
  /** Active mass, mg; without it nothing is per gram. */
  readonly activeMass_mg?: number;
  /** The user's columns for a table of no known cycler. */
  readonly mapping?: ColumnMapping;
}

/** A CellDataError as plain data: an Error thrown across a worker keeps only its message. */
export interface ParseFailure {
  readonly code: CellDataErrorCode;
  readonly message: string;
  readonly line?: number;
  readonly column?: string;
}

export type ParseAnswer =
  | { readonly ok: true; readonly result: CellDataResult }
  | { readonly ok: false; readonly error: ParseFailure };

/** Parses, and turns a failure into data; the same function runs in the worker and, as the fallback, on the page. */
export function parseToAnswer(
  bytes: Uint8Array,
  request: ParseRequest,
  onProgress?: (fraction: number) => void,
  signal?: AbortFlag,
): ParseAnswer {
  try {
    const result = parseCellData(bytes, {
      ...request,
      ...(onProgress && { onProgress }),
      ...(signal && { signal }),
    });
    return { ok: true, result };
  } catch (caught) {
    const error =
      caught instanceof CellDataError ? caught : new CellDataError('internal', String(caught));
    return {
      ok: false,
      error: {
        code: error.code,
        message: error.message,
        ...(error.line !== undefined && { line: error.line }),
        ...(error.column !== undefined && { column: error.column }),
      },
    };
  }
}

/**
 * What the import worker exposes. The progress callback arrives as a proxy into the page;
 * it is released once the parse is over, or the page would keep its channel open.
 */
export function createCellDataApi() {
  return {
    parse(bytes: Uint8Array, request: ParseRequest, onProgress?: (fraction: number) => void) {
      try {
        return parseToAnswer(bytes, request, onProgress);
      } finally {
        (onProgress as Partial<Comlink.ProxyMethods> | undefined)?.[Comlink.releaseProxy]?.();
      }
    },
  };
}

export type CellDataApi = ReturnType<typeof createCellDataApi>;
