import type { KeyboardEvent } from 'react';

/**
 * What makes a measured mark reachable: it takes focus, names itself, and opens its tooltip
 * on focus as well as on hover. Shared by point markers and measured bars, so every measured
 * mark in every figure behaves, and is announced, the same way.
 *
 * A mark is role="button", its open tooltip its description (the WAI-ARIA tooltip pattern:
 * the control that owns a tooltip points at it with aria-describedby). Not "img": an image
 * is not interactive, so a focusable one is a tab stop that screen readers announce as a
 * picture one can do nothing with (axe's focus-order-semantics), and some of them leave out
 * its description. Not role-less: aria-label on a bare <g> is prohibited (axe's
 * aria-prohibited-attr, serious) and is not read. A button promises that Enter or Space does
 * something, so they show or hide the tooltip, as a pointer's hover does; Escape hides it.
 */
export function focusableMarkProps(
  id: string,
  label: string,
  active: boolean,
  tooltipId: string,
  onActivate: (id: string | null) => void,
) {
  return {
    tabIndex: 0,
    role: 'button',
    'aria-label': label,
    'aria-describedby': active ? tooltipId : undefined,
    onMouseEnter: () => onActivate(id),
    onMouseLeave: () => onActivate(null),
    onFocus: () => onActivate(id),
    onBlur: () => onActivate(null),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') onActivate(null);
      else if (event.key === 'Enter' || event.key === ' ') {
        // Space would otherwise scroll the page.
        event.preventDefault();
        onActivate(active ? null : id);
      }
    },
  } as const;
}
