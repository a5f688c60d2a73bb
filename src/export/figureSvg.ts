import { legendSvg } from './svgLegend';
import { INHERITED_PAINT, styledCopy, type PaintValues } from './svgStyles';
import { charsPerLine, SVG_NS, wrapText } from './svgText';

/*
 * Fonts: the page sets no web font, only a system font stack (src/styles/base.css, :root), so
 * the file names that same stack and embeds no font: each viewer draws it in the first of those
 * fonts it has, as the page itself does.
 */

export interface FigureSvgParts {
  /**
   * The figure's drawings, placed as on the page: a chart, the layer drawn over it (the
   * current-x marker), or panels side by side.
   */
  readonly plots: readonly SVGSVGElement[];
  /** The figure's name: the file's <title> and the first line under the drawing. */
  readonly title: string;
  /** Paragraphs under the title, each wrapped to the figure's width. */
  readonly caption: readonly string[];
  /** The figure's keys (its HTML lists on the page: its own, pins, imported sets), drawn above the plots as there. */
  readonly legends?: readonly Element[];
}

/** A standalone SVG file and its size in CSS px (the drawing's width; taller by key and caption). */
export interface FigureSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** Left and right inset of the key and caption text, px. */
const INSET = 8;
/** Space above the key and between key, drawing and caption, px. */
const GAP = 8;
const TITLE_FONT_PX = 14;
const CAPTION_FONT_PX = 12;
const LINE_HEIGHT = 1.4;
/** Extra space between the caption's paragraphs, px. */
const PARAGRAPH_GAP = 4;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a drawing is on the page; without layout (jsdom), at the origin at its own size. */
function boxOf(svg: SVGSVGElement): Box {
  const r = svg.getBoundingClientRect();
  if (r.width > 0 && r.height > 0) return { x: r.left, y: r.top, width: r.width, height: r.height };
  const size = (name: string) => Number(svg.getAttribute(name)) || 0;
  return { x: 0, y: 0, width: size('width'), height: size('height') };
}

const svgElement = (doc: Document, name: string, attributes: Record<string, string | number>) => {
  const element = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
};

/** The caption's lines, each a <text>, from `top` down; returns the group and its bottom. */
function captionSvg(doc: Document, parts: FigureSvgParts, width: number, top: number) {
  const group = svgElement(doc, 'g', { id: 'caption' });
  let y = top;
  const paragraphs = [
    { text: parts.title, size: TITLE_FONT_PX, weight: '600' },
    ...parts.caption.map((text) => ({ text, size: CAPTION_FONT_PX, weight: '' })),
  ];
  paragraphs.forEach(({ text, size, weight }, i) => {
    if (i > 0) y += PARAGRAPH_GAP;
    for (const line of wrapText(text, charsPerLine(width - 2 * INSET, size))) {
      y += size * LINE_HEIGHT;
      const element = svgElement(doc, 'text', { x: INSET, y, 'font-size': `${size}px` });
      if (weight) element.setAttribute('font-weight', weight);
      element.textContent = line;
      group.append(element);
    }
  });
  return { group, bottom: y };
}

/**
 * The figure as one self-contained SVG file: a white background, the key, the drawings with
 * every style they take from the page's stylesheet written on their elements (and nothing
 * that is there only for the pointer or the keyboard), then the title and caption as text
 * lines below, the file growing taller to hold them. Reads the drawings' layout and computed
 * styles; changes nothing on the page.
 */
export function figureSvg(parts: FigureSvgParts): FigureSvg {
  // Where the page has laid them out, a drawing it does not show (no box) is left out.
  const shown = parts.plots.filter((plot) => plot.getBoundingClientRect().width > 0);
  const plots = shown.length > 0 ? shown : parts.plots;
  const [first] = plots;
  const doc = first?.ownerDocument;
  const view = doc?.defaultView;
  if (!first || !doc || !view) throw new Error('the figure is not drawn yet');
  const boxes = plots.map(boxOf);
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const width = Math.ceil(Math.max(...boxes.map((b) => b.x + b.width)) - left);
  const plotsHeight = Math.max(...boxes.map((b) => b.y + b.height)) - top;

  const page = view.getComputedStyle(first);
  const paint: PaintValues = {
    ...INHERITED_PAINT,
    'font-family': page.fontFamily || 'sans-serif',
    'font-size': `${CAPTION_FONT_PX}px`,
    fill: page.color || 'rgb(31, 35, 40)',
  };
  const root = svgElement(doc, 'svg', {
    style: ['font-family', 'font-size', 'fill'].map((p) => `${p}:${paint[p]}`).join(';'),
  });
  const title = svgElement(doc, 'title', {});
  title.textContent = parts.title;
  const background = svgElement(doc, 'rect', { x: 0, y: 0, width, fill: '#fff' });
  root.append(title, background);

  let y = 0;
  const legend = legendSvg(parts.legends ?? [], width - 2 * INSET, paint);
  if (legend) {
    legend.group.setAttribute('transform', `translate(${INSET},${GAP})`);
    root.append(legend.group);
    y = GAP + legend.height + GAP;
  }
  plots.forEach((plot, i) => {
    const box = boxes[i] as Box;
    const copy = styledCopy(plot, paint);
    if (!copy) return;
    copy.setAttribute('x', String(box.x - left));
    copy.setAttribute('y', String(y + box.y - top));
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    // As on the page (chart.css .chart): a label may reach past the plot's own box.
    copy.setAttribute('overflow', 'visible');
    // A figure waiting for a new answer is dimmed on the page (kinetics-figures.css); the file
    // holds the drawing itself.
    (copy as SVGElement).style.removeProperty('opacity');
    root.append(copy);
  });

  const caption = captionSvg(doc, parts, width, y + plotsHeight + GAP);
  root.append(caption.group);
  const height = Math.ceil(caption.bottom + GAP);
  background.setAttribute('height', String(height));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { text, width, height };
}
