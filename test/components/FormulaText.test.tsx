// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormulaText } from '../../src/components/FormulaText';

afterEach(cleanup);

const subs = (text: string) => {
  const { container } = render(<FormulaText text={text} />);
  return {
    text: container.textContent,
    subs: [...container.querySelectorAll('sub')].map((s) => s.textContent),
  };
};

describe('FormulaText', () => {
  it('subscripts the counts of formulas only, keeping the text as typed', () => {
    expect(subs('LiNi0.88Co0.09Mn0.03O2 (NCM88)')).toEqual({
      text: 'LiNi0.88Co0.09Mn0.03O2 (NCM88)',
      subs: ['0.88', '0.09', '0.03', '2'],
    });
    expect(subs('LiCoO2, high voltage (4.5 V)')).toEqual({
      text: 'LiCoO2, high voltage (4.5 V)',
      subs: ['2'],
    });
    expect(subs('Li6PS5Cl · 0.011 S/cm').subs).toEqual(['6', '5']);
  });

  it('leaves words, units and numbers alone', () => {
    expect(subs('lithiation at 3 C, 15 µm').subs).toEqual([]);
    expect(subs('Si 0.5 NCM88 Mn').subs).toEqual([]);
  });
});
