/**
 * The average's line in the lithiation panel: grey and dashed, a reference rather than a
 * result. Apart from the chart so that the figure's key can draw it before the chart's code
 * is in (DiffusivityFigure.tsx).
 */
export const AVERAGE_COLOR = '#6e7781';
export const AVERAGE_DASH = '5 4';
