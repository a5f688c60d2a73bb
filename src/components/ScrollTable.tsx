import { useCallback, useState, type CSSProperties, type ReactNode, type RefCallback } from 'react';

/** The visible width of a scrolling box, px, where its content is wider; else null. */
function useOverflow<T extends HTMLElement>(): [RefCallback<T>, number | null] {
  const [visibleWidth, setVisibleWidth] = useState<number | null>(null);
  const ref = useCallback((element: T | null) => {
    if (!element) return undefined;
    const check = () =>
      // One pixel of slack: sub-pixel widths would otherwise show the hint for nothing.
      setVisibleWidth(
        element.scrollWidth > element.clientWidth + 1 ? Math.round(element.clientWidth) : null,
      );
    check();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, visibleWidth];
}

/**
 * A table that scrolls sideways where the screen is narrower than its columns, saying so
 * (a phone shows no scrollbar until one scrolls). Stacking the cells instead would cost
 * the table its row and column headers in some screen readers. While it scrolls, the
 * region takes focus, so a keyboard can scroll it too.
 */
export function ScrollTable({ captionId, children }: { captionId: string; children: ReactNode }) {
  const [ref, visibleWidth] = useOverflow<HTMLDivElement>();
  const overflows = visibleWidth !== null;
  // Read by .pinned: the caption and group headings stay in view while the columns scroll.
  const style = overflows ? ({ '--visible-width': `${visibleWidth}px` } as CSSProperties) : {};
  return (
    <div className="scroll-table" style={style}>
      {overflows && (
        <p className="scroll-hint" aria-hidden="true">
          Wider than the screen: scroll sideways for more columns →
        </p>
      )}
      <div
        ref={ref}
        className="table-scroll"
        // A landmark and a tab stop only while it scrolls: otherwise it is just a table.
        role={overflows ? 'region' : undefined}
        aria-labelledby={overflows ? captionId : undefined}
        tabIndex={overflows ? 0 : undefined}
      >
        {children}
      </div>
    </div>
  );
}

/**
 * Text that stays at the left edge of a scrolling table, no wider than what shows: a
 * caption or a group heading as wide as the table would otherwise be cut off on a phone.
 */
export function Pinned({ children }: { children: ReactNode }) {
  return <span className="pinned">{children}</span>;
}

/** A cell with nothing to show: a dash to the eye, words to a screen reader. */
export function Missing({ why = 'not stored' }: { why?: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{why}</span>
    </>
  );
}
