// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FocusableMarker } from '../../src/charts/kit/FocusableMarker';

afterEach(cleanup);

/** One marker and its tooltip, the open state held as a figure holds it. */
function OnePoint() {
  const [activeId, setActiveId] = useState<string | null>(null);
  return (
    <svg>
      <FocusableMarker
        id="p1"
        testId="point"
        x={10}
        y={20}
        d="M0,0Z"
        fill="red"
        label="Measured σe = 1 × 10⁻⁵ S/cm at Si₇Ge (x = 0.125); source LiXia2025"
        active={activeId === 'p1'}
        tooltipId="tip"
        onActivate={setActiveId}
      />
      {activeId && (
        <foreignObject>
          <div id="tip" role="tooltip">
            the source
          </div>
        </foreignObject>
      )}
    </svg>
  );
}

describe('a measured point', () => {
  it('is a named button in the tab order, described by its tooltip while it is open', () => {
    render(<OnePoint />);
    const point = screen.getByRole('button', { name: /Measured σe .* LiXia2025/ });
    expect(point.getAttribute('tabindex')).toBe('0');
    expect(point.getAttribute('aria-describedby')).toBeNull();
    fireEvent.focus(point);
    expect(point.getAttribute('aria-describedby')).toBe('tip');
    expect(screen.getByRole('tooltip').textContent).toContain('the source');
  });

  it('hides and shows its tooltip with Enter or Space, and hides it with Escape', () => {
    render(<OnePoint />);
    const point = screen.getByTestId('point');
    fireEvent.focus(point);
    fireEvent.keyDown(point, { key: 'Enter' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    const space = fireEvent.keyDown(point, { key: ' ' });
    expect(space, 'Space must not scroll the page').toBe(false);
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.keyDown(point, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
