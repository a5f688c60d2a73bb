/**
 * One error type for everything an imported file can get wrong, so a worker can send it
 * back as data (code, line, column) and the page can show the same words as the CLI.
 */

export type CellDataErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unknown-format'
  | 'bad-header'
  | 'bad-row'
  | 'mixed-separators'
  | 'not-a-number'
  | 'missing-column'
  | 'units-missing'
  | 'bad-mapping'
  | 'bad-mass'
  | 'no-data'
  | 'aborted'
  | 'internal';

export interface CellDataErrorPlace {
  /** 1-based, as an editor shows it. */
  readonly line?: number;
  readonly column?: string;
}

export class CellDataError extends Error {
  override readonly name = 'CellDataError';
  readonly code: CellDataErrorCode;
  readonly line: number | undefined;
  readonly column: string | undefined;

  constructor(code: CellDataErrorCode, message: string, place: CellDataErrorPlace = {}) {
    super(message);
    this.code = code;
    this.line = place.line;
    this.column = place.column;
  }
}

/** Large enough for months of 1 s data; beyond it a browser tab risks running out of memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/** Call with the file's size before reading it, so a huge file is never loaded. */
export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new CellDataError(
      'too-large',
      `The file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_FILE_BYTES)}. ` +
        'Export fewer cycles or a coarser record interval.',
    );
  }
}

export function throwIfAborted(signal: { readonly aborted: boolean } | undefined): void {
  if (signal?.aborted) throw new CellDataError('aborted', 'Import cancelled.');
}

/** Anything not already a CellDataError becomes one: callers handle a single type. */
export function asCellDataError(error: unknown): CellDataError {
  if (error instanceof CellDataError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CellDataError('internal', `The file could not be read: ${detail}`);
}
