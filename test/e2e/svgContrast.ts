/**
 * Contrast of SVG text, which axe leaves out (its color-contrast rule reads HTML text only).
 * Each visible <text> is measured as the browser paints it: its computed fill, faded by its
 * own and its ancestors' opacity, over the nearest opaque background behind the SVG. WCAG AA:
 * 4.5:1 for small text, 3:1 for large (24 px, or 18.66 px bold).
 */
import type { Page } from 'playwright-core';

export interface ContrastReport {
  /** How many visible texts were measured. */
  readonly checked: number;
  /** One line per text below its WCAG AA ratio. */
  readonly low: string[];
}

export async function svgTextContrast(page: Page, svgSelector: string): Promise<ContrastReport> {
  return page.evaluate((selector) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | null => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m?.[1]) return null;
      const parts = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      const [r = 0, g = 0, b = 0, a = 1] = parts;
      return [r, g, b, a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const over = (top: Rgba, alpha: number, below: Rgba): Rgba => {
      const a = top[3] * alpha;
      return [
        top[0] * a + below[0] * (1 - a),
        top[1] * a + below[1] * (1 - a),
        top[2] * a + below[2] * (1 - a),
        1,
      ];
    };
    /** The first opaque background-color from `el` up: what the SVG is painted on. */
    const backdrop = (el: Element | null): Rgba => {
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg[3] > 0.99) return bg;
      }
      return [255, 255, 255, 1];
    };
    /** Fill and opacity of an element as painted: its own and every ancestor's opacity. */
    const paint = (el: Element, svg: Element): { fill: Rgba; alpha: number } | null => {
      const style = getComputedStyle(el);
      const fill = parse(style.fill);
      if (!fill || style.visibility === 'hidden' || style.display === 'none') return null;
      let alpha = Number(style.fillOpacity);
      for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement) {
        alpha *= Number(getComputedStyle(e).opacity);
      }
      return { fill, alpha };
    };
    /**
     * The shape painted last, before `text`, under the text's centre (a bar behind a value
     * label), blended over the page: what the text is actually read against.
     */
    const under = (text: SVGTextElement, svg: SVGSVGElement, page: Rgba): Rgba => {
      const box = text.getBoundingClientRect();
      const screen = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
      let found: Rgba = page;
      for (const shape of Array.from(
        svg.querySelectorAll<SVGGeometryElement>('rect, path, circle, polygon'),
      )) {
        // Document order is paint order: only shapes before the text are behind it.
        if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const ctm = shape.getScreenCTM();
        const painted = paint(shape, svg);
        if (!ctm || !painted || painted.alpha === 0) continue;
        if (shape.isPointInFill(screen.matrixTransform(ctm.inverse()))) {
          found = over(painted.fill, painted.alpha, page);
        }
      }
      return found;
    };
    const problems: string[] = [];
    let checked = 0;
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>(selector))) {
      const page = backdrop(svg);
      for (const text of Array.from(svg.querySelectorAll('text'))) {
        const box = text.getBoundingClientRect();
        if (box.width === 0 || !(text.textContent ?? '').trim()) continue;
        const behind = under(text, svg, page);
        checked += 1;
        const style = getComputedStyle(text);
        const own = paint(text, svg);
        // A faded-out label (opacity 0) is not shown: nothing to read.
        if (!own || own.alpha === 0) continue;
        const { fill, alpha } = own;
        const painted = over(fill, alpha, behind);
        const [hi, lo] = [luminance(painted), luminance(behind)].sort((a, b) => b - a) as [
          number,
          number,
        ];
        const ratio = (hi + 0.05) / (lo + 0.05);
        const size = parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        const large = size >= 24 || (bold && size >= 18.66);
        const needed = large ? 3 : 4.5;
        if (ratio < needed) {
          const name = svg.getAttribute('data-testid') ?? svg.getAttribute('class') ?? 'svg';
          problems.push(
            `${name}: "${(text.textContent ?? '').trim().slice(0, 40)}" ${ratio.toFixed(2)}:1 ` +
              `(fill ${style.fill}, opacity ${alpha.toFixed(2)}, ${size}px, class ${text.getAttribute('class') ?? ''})`,
          );
        }
      }
    }
    return { checked, low: problems };
  }, svgSelector);
}
