/**
 * CSV with a block of `# key: value` lines before the header row: the settings a table was
 * made with travel in the file itself. Pure text in, text out; no DOM.
 *
 * Numbers are written to 12 significant digits, which removes binary float noise
 * (0.08750000000000001 → 0.0875) and reads back as the same number; NaN and ±Infinity
 * become empty cells. Fields holding a comma, a double quote or a line break are quoted as
 * RFC 4180 says (a quote inside doubled).
 */

export type CsvCell = number | string | null | undefined;

export interface CsvTable {
  /** The `# key: value` lines, in order. */
  readonly meta: readonly (readonly [string, string])[];
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

export interface ParsedCsv {
  readonly meta: Record<string, string>;
  readonly columns: string[];
  readonly rows: (number | string)[][];
}

/** Significant digits kept: enough for any figure the model makes, short of float noise. */
export const CSV_SIGNIFICANT_DIGITS = 12;

/** A number as a CSV cell: shortest text at 12 significant digits; '' if not finite. */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(CSV_SIGNIFICANT_DIGITS));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A text field, quoted when it holds a comma, a double quote or a line break. */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvCell(value: CsvCell): string {
  if (typeof value === 'number') return formatCsvNumber(value);
  return quoteCsvField(value ?? '');
}

/** A meta key or value on one line: no line breaks, and no ': ' inside the key. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();
const metaKey = (key: string) => oneLine(key).replaceAll(': ', ' ').replace(/:$/, '');

/** The whole file: meta lines, the header row, the rows; '\n' line ends, one at the end. */
export function writeCsvWithHeader(table: CsvTable): string {
  const lines = [
    ...table.meta.map(([key, value]) => `# ${metaKey(key)}: ${oneLine(value)}`),
    table.columns.map(quoteCsvField).join(','),
    ...table.rows.map((row) => table.columns.map((_, i) => csvCell(row[i])).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

/** A decimal number as the writer makes them (and as a spreadsheet would). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The fields of every record, RFC 4180: quoted fields may hold commas, quotes and line breaks. */
function records(text: string): { value: string; quoted: boolean }[][] {
  const out: { value: string; quoted: boolean }[][] = [];
  let record: { value: string; quoted: boolean }[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let i = 0;
  const endField = () => {
    record.push({ value: field, quoted });
    field = '';
    quoted = false;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') inQuotes = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      inQuotes = true;
      quoted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      endField();
      out.push(record);
      record = [];
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field !== '' || quoted || record.length > 0) {
    endField();
    out.push(record);
  }
  return out;
}

/**
 * Reads what writeCsvWithHeader writes: the leading `# key: value` lines into `meta`, the
 * first other line as the column names, and the rows, with unquoted numeric cells as
 * numbers (empty cells stay '').
 */
export function parseCsvWithHeader(text: string): ParsedCsv {
  const meta: Record<string, string> = {};
  let rest = text.startsWith('\uFEFF') ? text.slice(1) : text;
  while (rest.startsWith('#')) {
    const end = rest.search(/\r?\n/);
    const line = end < 0 ? rest : rest.slice(0, end);
    const body = line.replace(/^#\s?/, '');
    const colon = body.indexOf(': ');
    if (colon >= 0) meta[body.slice(0, colon)] = body.slice(colon + 2);
    else if (body.endsWith(':')) meta[body.slice(0, -1)] = '';
    rest = end < 0 ? '' : rest.slice(end).replace(/^\r?\n/, '');
  }
  const [header = [], ...body] = records(rest);
  const columns = header.map((f) => f.value);
  const rows = body
    .filter((r) => !(r.length === 1 && r[0]?.value === '' && !r[0].quoted))
    .map((r) =>
      r.map(({ value, quoted }) => (!quoted && NUMBER.test(value) ? Number(value) : value)),
    );
  return { meta, columns, rows };
}
