/**
 * A copy of a drawn SVG that looks the same without the page's stylesheet: each element
 * carries, in a style attribute, the computed values of the properties that change how an
 * SVG paints, and only where they differ from what it would get anyway (its parent's value
 * for inherited properties, the initial value for the others), so the file stays small.
 */

/** Computed values of the properties below, by property name. */
export type PaintValues = Readonly<Record<string, string>>;

/**
 * Inherited properties and their initial values: what an element inherits at the top of a
 * standalone file ('' where the page decides, so that the top element always states it).
 */
export const INHERITED_PAINT: PaintValues = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'paint-order': 'normal',
  'font-family': '',
  'font-size': '',
  'font-style': 'normal',
  'font-weight': '400',
  'font-variant-numeric': 'normal',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
};

/**
 * Written wherever they differ from the initial value. dominant-baseline is inherited in
 * SVG 2 but not in SVG 1.1, which some editors still follow: each text states its own.
 */
const OWN: PaintValues = {
  opacity: '1',
  'dominant-baseline': 'auto',
  'baseline-shift': '0',
  'shape-rendering': 'auto',
};

/** Copied as they are: they paint nothing themselves, or only through what references them. */
const UNPAINTED = new Set(['title', 'desc', 'defs', 'clipPath', 'mask', 'metadata', 'style']);

const SHAPES = new Set(['circle', 'ellipse', 'line', 'path', 'polygon', 'polyline', 'rect']);

/**
 * Marks that exist for the pointer and the keyboard only. A focus ring shows while a point is
 * hovered or focused, which may be so at the moment of the click; it is never part of the figure.
 */
const INTERACTIVE_ONLY = '.focus-ring';

const isNoPaint = (paint: string) =>
  paint === 'none' || paint === 'transparent' || /^rgba\(.*,\s*0\)$/.test(paint);

/** Not drawn, or drawn only for the pointer (hit areas, invisible layer extents). */
function isInvisible(element: Element, style: CSSStyleDeclaration): boolean {
  if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') {
    return true;
  }
  if (element.matches(INTERACTIVE_ONLY)) return true;
  return (
    SHAPES.has(element.localName) &&
    style.fill !== '' &&
    isNoPaint(style.fill) &&
    isNoPaint(style.stroke || 'none')
  );
}

/** Attributes that only served the page: styling hooks, focus, accessibility tree, tests. */
const isPageOnlyAttribute = (name: string) =>
  name === 'class' ||
  name === 'style' ||
  name === 'tabindex' ||
  name === 'role' ||
  name === 'focusable' ||
  name.startsWith('aria-') ||
  name.startsWith('data-');

/** One spelling of a zero length, whichever the browser computes ('0px' or '0'). */
const zeroAsZero = (value: string) => (value === '0px' ? '0' : value);

/**
 * The element's declarations, and the values its children inherit. A presentation attribute
 * the browser has resolved is dropped: the declaration (or the parent's) now says it.
 */
function paintOf(
  style: CSSStyleDeclaration,
  copy: Element,
  inherited: PaintValues,
): { declarations: string[]; values: PaintValues } {
  const declarations: string[] = [];
  const values: Record<string, string> = {};
  for (const [group, isInherited] of [
    [INHERITED_PAINT, true],
    [OWN, false],
  ] as const) {
    for (const [property, initial] of Object.entries(group)) {
      // '' where the browser computes no value: the attribute, if any, stays.
      const value = zeroAsZero(style.getPropertyValue(property));
      const reference = isInherited ? inherited[property] : initial;
      if (isInherited) values[property] = value || (inherited[property] ?? initial);
      if (!value) continue;
      copy.removeAttribute(property);
      if (value !== reference) declarations.push(`${property}:${value}`);
    }
  }
  return { declarations, values };
}

/**
 * A deep copy of `element` with its paint inlined, leaving out what is not drawn (display
 * none, hidden, fully transparent, focus rings, hit areas); null when the element itself is
 * not drawn. `inherited` is what the copy's parent in the new file passes down.
 */
export function styledCopy(
  element: Element,
  inherited: PaintValues = INHERITED_PAINT,
): Element | null {
  if (UNPAINTED.has(element.localName)) return element.cloneNode(true) as Element;
  const view = element.ownerDocument.defaultView;
  if (!view) throw new Error('the figure is not in a window');
  const style = view.getComputedStyle(element);
  if (isInvisible(element, style)) return null;
  const copy = element.cloneNode(false) as Element;
  for (const name of copy.getAttributeNames()) {
    if (isPageOnlyAttribute(name)) copy.removeAttribute(name);
  }
  const { declarations, values } = paintOf(style, copy, inherited);
  if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) copy.append(child.cloneNode());
    else if (child.nodeType === child.ELEMENT_NODE) {
      const childCopy = styledCopy(child as Element, values);
      if (childCopy) copy.append(childCopy);
    }
  }
  return copy;
}
