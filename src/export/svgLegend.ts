import { styledCopy, type PaintValues } from './svgStyles';
import { appendHtmlText, estimatedTextWidth, SVG_NS } from './svgText';

/** The page's spacing (chart.css .legend): swatch to label, entry to entry, one row. */
const SWATCH_GAP = 6;
const ENTRY_GAP = 20;
const ROW_HEIGHT = 22;
const FALLBACK_FONT_PX = 14;
/** SVG text sets a little wider than the page's HTML (subscripts as tspans, no hinting). */
const SVG_TEXT_SLACK = 1.05;

/** An entry the figure draws: not one whose checkbox hides its curve (an imported set turned off). */
const drawn = (entry: Element) =>
  entry.localName === 'li' &&
  !entry.querySelector<HTMLInputElement>('input[type="checkbox"]:not(:checked)');

/**
 * The figure's keys, HTML lists of swatch and label on the page (its own, then the pins' and
 * the imported sets'), as SVG: the same swatches and labels, flowing into rows `width` wide.
 * A label is as wide as the page draws it (the same font and size, with a little slack), or
 * estimated where there is no layout. Null when there is nothing to key.
 */
export function legendSvg(
  lists: readonly Element[],
  width: number,
  inherited: PaintValues,
): { readonly group: Element; readonly height: number } | null {
  const entries = lists.flatMap((list) => Array.from(list.children).filter(drawn));
  const doc = entries[0]?.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return null;
  const group = doc.createElementNS(SVG_NS, 'g');
  let x = 0;
  let y = 0;
  for (const entry of entries) {
    const swatch = entry.querySelector('svg');
    const label = entry.querySelector('span') ?? entry;
    const fontSize = parseFloat(view.getComputedStyle(label).fontSize) || FALLBACK_FONT_PX;
    const swatchWidth = Number(swatch?.getAttribute('width') ?? 0);
    const swatchHeight = Number(swatch?.getAttribute('height') ?? 0);
    const labelWidth =
      label.getBoundingClientRect().width * SVG_TEXT_SLACK ||
      estimatedTextWidth((label.textContent ?? '').length, fontSize);
    const entryWidth = swatchWidth + SWATCH_GAP + labelWidth;
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      y += ROW_HEIGHT;
    }
    const swatchCopy = swatch && styledCopy(swatch, inherited);
    if (swatchCopy) {
      swatchCopy.setAttribute('x', String(x));
      swatchCopy.setAttribute('y', String(y + (ROW_HEIGHT - swatchHeight) / 2));
      group.append(swatchCopy);
    }
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + swatchWidth + SWATCH_GAP));
    text.setAttribute('y', String(y + ROW_HEIGHT / 2));
    text.setAttribute('dominant-baseline', 'central');
    text.setAttribute('font-size', `${fontSize}px`);
    appendHtmlText(text, label);
    group.append(text);
    x += entryWidth + ENTRY_GAP;
  }
  return { group, height: y + ROW_HEIGHT };
}
