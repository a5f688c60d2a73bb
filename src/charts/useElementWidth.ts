import { useCallback, useState, type RefCallback } from 'react';

/**
 * The content width of an element, kept current with a ResizeObserver. Where
 * there is no layout (jsdom) or no ResizeObserver, the fallback is used, so
 * charts still render with sensible geometry in tests.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefCallback<T>, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: T | null) => {
    if (!element) return undefined;
    // Measured during commit, so the first paint already has the real width.
    if (element.clientWidth > 0) setWidth(Math.round(element.clientWidth));
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      // Whole pixels: sub-pixel jitter would otherwise re-render the chart for nothing.
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
