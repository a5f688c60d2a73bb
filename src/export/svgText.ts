/** Text for a standalone SVG, where nothing wraps or lays out by itself. */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Advance of an average character, in em: a little wider than the system sans fonts' (about
 * 0.5 em), so an estimated line never runs past the figure's edge. Estimated rather than
 * measured: the same text then wraps the same in the page and in a test without layout.
 */
const CHAR_EM = 0.6;

export const estimatedTextWidth = (chars: number, fontSizePx: number) =>
  chars * fontSizePx * CHAR_EM;

/** How many characters fit on a line `widthPx` wide. */
export const charsPerLine = (widthPx: number, fontSizePx: number) =>
  Math.max(20, Math.floor(widthPx / (fontSizePx * CHAR_EM)));

/**
 * Lines of at most `maxChars`, broken after "; " where possible, so that a `key: value` of
 * the settings stays on one line; between words where a piece is longer than a line.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(/(?<=; )/)) {
    for (const word of piece.length > maxChars ? piece.split(/(?<= )/) : [piece]) {
      if (line !== '' && (line + word).trimEnd().length > maxChars) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += word;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** A tspan's attributes for an HTML inline element, as SvgSigma sets a subscript. */
const INLINE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sub: { 'baseline-shift': 'sub', 'font-size': '0.75em' },
  sup: { 'baseline-shift': 'super', 'font-size': '0.75em' },
  em: { 'font-style': 'italic' },
  i: { 'font-style': 'italic' },
  strong: { 'font-weight': '600' },
  b: { 'font-weight': '600' },
};

/** Appends the text inside an HTML element to an SVG <text>, sub- and superscripts kept. */
export function appendHtmlText(target: Element, html: Node): void {
  for (const child of Array.from(html.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) {
      target.append(child.textContent ?? '');
    } else if (child.nodeType === child.ELEMENT_NODE) {
      const tspan = target.ownerDocument.createElementNS(SVG_NS, 'tspan');
      for (const [name, value] of Object.entries(INLINE[(child as Element).localName] ?? {})) {
        tspan.setAttribute(name, value);
      }
      appendHtmlText(tspan, child);
      target.append(tspan);
    }
  }
}
