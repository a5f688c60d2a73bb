import { useState, type KeyboardEvent } from 'react';
import type { GridIndex } from '../../core/designMap/grid';

/** Where each navigation key moves the active cell; up is along the second axis, drawn upwards. */
function moved({ i, j }: GridIndex, key: string, nx: number, ny: number): GridIndex | null {
  switch (key) {
    case 'ArrowLeft':
      return { i: Math.max(0, i - 1), j };
    case 'ArrowRight':
      return { i: Math.min(nx - 1, i + 1), j };
    case 'ArrowDown':
      return { i, j: Math.max(0, j - 1) };
    case 'ArrowUp':
      return { i, j: Math.min(ny - 1, j + 1) };
    case 'Home':
      return { i: 0, j };
    case 'End':
      return { i: nx - 1, j };
    case 'PageUp':
      return { i, j: ny - 1 };
    case 'PageDown':
      return { i, j: 0 };
    default:
      return null;
  }
}

export interface GridCursor {
  /** The cell the keyboard is on (kept while the grid loses focus). */
  readonly active: GridIndex | null;
  /** The cell under the pointer. */
  readonly hovered: GridIndex | null;
  readonly focused: boolean;
  /** The cell whose value is read out: the hovered one, else the active one while focused. */
  readonly reading: GridIndex | null;
  readonly setHovered: (cell: GridIndex | null) => void;
  /** Makes a cell the active one (a click on it). */
  readonly setActive: (cell: GridIndex) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * The grid as one tab stop: arrow keys (and Home, End, Page Up, Page Down) move an active
 * cell inside it, Enter or Space picks it. Focus lands on `start()` (the best cell) the
 * first time.
 */
export function useGridCursor(
  nx: number,
  ny: number,
  start: () => GridIndex,
  onPick: (cell: GridIndex) => void,
): GridCursor {
  const [active, setActive] = useState<GridIndex | null>(null);
  const [hovered, setHovered] = useState<GridIndex | null>(null);
  const [focused, setFocused] = useState(false);
  // A new grid (another size) may not hold the old active cell.
  const inside = active !== null && active.i < nx && active.j < ny ? active : null;
  return {
    active: inside,
    hovered,
    focused,
    reading: hovered ?? (focused ? inside : null),
    setHovered,
    setActive,
    onFocus: () => {
      setFocused(true);
      if (inside === null) setActive(start());
    },
    onBlur: () => setFocused(false),
    onKeyDown: (event) => {
      const from = inside ?? start();
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onPick(from);
        return;
      }
      const to = moved(from, event.key, nx, ny);
      if (!to) return;
      // The arrows and Page keys would otherwise scroll the page.
      event.preventDefault();
      setHovered(null);
      setActive(to);
    },
  };
}
