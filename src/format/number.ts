import { format } from 'd3-format';

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '−': '⁻',
  '+': '',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** "-6" → "⁻⁶": exponents as a printed figure shows them, without markup. */
export const superscript = (text: string): string =>
  [...text].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** A power of ten as printed: 1e-6 → "10⁻⁶", 1 → "10⁰". */
export const formatPowerOfTen = (value: number): string =>
  `10${superscript(String(Math.round(Math.log10(value))))}`;

const scientificFormats = new Map<string, (n: number) => string>();

/**
 * Scientific notation as a paper prints it: 2.98e-5 → "2.98 × 10⁻⁵"; plain
 * decimals between 0.01 and 1000, where an exponent only gets in the way. A computed value
 * keeps its trailing zeros, so that 1.30 × 10⁻⁵ stands beside 2.98 × 10⁻⁵ with the same
 * precision; `trim` drops them (see formatPublished).
 */
export function formatScientific(value: number, digits = 3, trim = false): string {
  if (!Number.isFinite(value)) return '—';
  const magnitude = Math.abs(value);
  if (magnitude === 0 || (magnitude >= 0.01 && magnitude < 1000)) {
    return formatSignificant(value, digits, trim);
  }
  const f = cachedFormat(scientificFormats, `.${digits - 1}${trim ? '~' : ''}e`);
  const [mantissa = '', exponent = '0'] = f(value).split('e');
  return mantissa === '1'
    ? formatPowerOfTen(magnitude)
    : `${mantissa} × 10${superscript(exponent)}`;
}

/**
 * A measured value as its source printed it: 3.4 × 10⁻⁵ stays two digits, because a zero
 * the paper did not give would claim a precision it does not have.
 */
export const formatPublished = (value: number): string => formatScientific(value, 3, true);

const significantFormats = new Map<string, (n: number) => string>();

/** Significant digits, trailing zeros trimmed (unless `trim` is false), thousands separated: 12345 → "12,300". */
export function formatSignificant(value: number, digits = 3, trim = true): string {
  if (!Number.isFinite(value)) return '—';
  return cachedFormat(significantFormats, `,.${digits}${trim ? '~' : ''}r`)(value);
}

/** d3 formats are compiled once per specifier. */
function cachedFormat(
  cache: Map<string, (n: number) => string>,
  specifier: string,
): (n: number) => string {
  let f = cache.get(specifier);
  if (!f) {
    f = format(specifier);
    cache.set(specifier, f);
  }
  return f;
}

const fixedFormats = new Map<number, (n: number) => string>();

/** A fixed number of decimals, for quantities with a natural resolution (Å, °, eV). */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  let f = fixedFormats.get(decimals);
  if (!f) {
    f = format(`,.${decimals}f`);
    fixedFormats.set(decimals, f);
  }
  return f(value);
}

const DURATION_UNITS: readonly { readonly seconds: number; readonly unit: string }[] = [
  { seconds: 365.25 * 86400, unit: 'years' },
  { seconds: 86400, unit: 'days' },
  { seconds: 3600, unit: 'h' },
  { seconds: 60, unit: 'min' },
];

/** A time in the unit a person would say it in: 554 s → "9.2 min", 2.8e5 s → "3.2 days". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const unit = DURATION_UNITS.find((u) => seconds >= u.seconds);
  if (!unit) return `${formatSignificant(seconds, 2)} s`;
  return `${formatScientific(seconds / unit.seconds, 2)} ${unit.unit}`;
}

/** An input value without float noise: 0.17500000000000002 → "0.175". */
export const formatInputValue = (value: number): string => String(Number(value.toPrecision(6)));

const signedFormat = format('+.3f');

/** A signed difference with a visible plus: +0.054, −0.058. */
export const formatSigned = (value: number): string =>
  Number.isFinite(value) ? signedFormat(value) : '—';
