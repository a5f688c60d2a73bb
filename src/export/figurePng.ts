import type { FigureSvg } from './figureSvg';

/** Pixels per CSS px of the PNG: sharp on a projector or a high-density screen. */
export const PNG_SCALE = 2;

/**
 * The SVG file at `scale` times its size: its width and height scaled, its viewBox kept, so
 * the browser draws the vectors at the final size rather than enlarging a smaller bitmap.
 */
function scaledSvgText(svg: FigureSvg, scale: number): string {
  const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
  doc.documentElement.setAttribute('width', String(svg.width * scale));
  doc.documentElement.setAttribute('height', String(svg.height * scale));
  return new XMLSerializer().serializeToString(doc);
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG of it'))),
      'image/png',
    ),
  );
}

/**
 * The figure as a PNG `scale` times its CSS size, whatever the screen's devicePixelRatio:
 * the SVG drawn as an image (from a blob URL, so nothing leaves the page) onto a white
 * canvas of exactly that many pixels. Rejects with a reason a person can read.
 */
export async function figurePng(svg: FigureSvg, scale: number = PNG_SCALE): Promise<Blob> {
  const width = Math.round(svg.width * scale);
  const height = Math.round(svg.height * scale);
  const url = URL.createObjectURL(
    new Blob([scaledSvgText(svg, scale)], { type: 'image/svg+xml;charset=utf-8' }),
  );
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new Error('the browser could not draw the figure as an image');
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw it on');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
