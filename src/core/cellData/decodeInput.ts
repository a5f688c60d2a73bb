/**
 * Turns the caller's bytes or text into text, refusing binary files with a message that
 * says which export to make instead: a binary file read as text would otherwise fail
 * somewhere deep in the parser with a meaningless "not a number".
 */
import { CellDataError, checkFileSize } from './errors';

/** Known binary formats by their opening bytes, with the export that works instead. */
const MAGIC: readonly { readonly start: string; readonly what: string }[] = [
  {
    start: 'BIO-LOGIC MODULAR FILE',
    what: 'an EC-Lab binary file (.mpr); in EC-Lab use "Export as text" and import the .mpt',
  },
  {
    start: 'NEWARE',
    what: 'a Neware binary file (.nda/.ndax); export it as CSV from Neware BTS and import that',
  },
  {
    start: 'PK\u0003\u0004',
    what: 'a zipped or Excel (.xlsx) file; save the sheet as CSV and import that',
  },
];

const SNIFF_BYTES = 65536;

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

function binaryError(what: string): CellDataError {
  return new CellDataError('binary', `This is ${what}.`);
}

/** Text files hold tabs, line ends and printable bytes; a NUL or many control bytes is binary. */
function looksBinary(codeAt: (i: number) => number, length: number): boolean {
  const n = Math.min(length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = codeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control += 1;
  }
  return n > 0 && control / n > 0.05;
}

interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderCtor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;

/** Windows exports (EC-Lab's µ, °) are often not UTF-8; Latin-1 keeps every byte readable. */
function decodeBytes(bytes: Uint8Array): string {
  const Decoder = (globalThis as { TextDecoder?: TextDecoderCtor }).TextDecoder;
  if (Decoder) {
    try {
      return new Decoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: fall through to Latin-1.
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 8192)));
  }
  return parts.join('');
}

const BINARY_GENERIC =
  'a binary file, not text; export the data from the cycler software as CSV or text';

/** The text of the input, without a byte-order mark; throws CellDataError for binary input. */
export function decodeInput(input: string | Uint8Array): string {
  if (typeof input === 'string') {
    checkFileSize(input.length);
    for (const m of MAGIC) if (input.startsWith(m.start)) throw binaryError(m.what);
    if (looksBinary((i) => input.charCodeAt(i), input.length)) throw binaryError(BINARY_GENERIC);
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  checkFileSize(input.length);
  for (const m of MAGIC) if (startsWithAscii(input, m.start)) throw binaryError(m.what);
  if (looksBinary((i) => input[i] ?? 0, input.length)) throw binaryError(BINARY_GENERIC);
  const text = decodeBytes(input);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
