/**
 * The d3 plugin (scripts/vite-plugin-pure-d3.ts): top-level factory calls of d3's bundled
 * files are marked pure, so that an unused result can go; nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import { markPureCalls, pureD3 } from '../../scripts/vite-plugin-pure-d3';

const D3 = '/app/node_modules/d3-shape/dist/d3-shape.mjs';

describe('pure d3 plugin', () => {
  it('marks top-level factory calls and immediately called functions, and nothing else', () => {
    const code = [
      'var bundle = (function custom(beta) {',
      '  function bundle(context) { return context; }',
      '  return bundle;',
      '})(0.85);',
      'var rgbBasis = rgbSpline(basis$1);',
      'const tau = 2 * pi;',
      'defaultLocale({thousands: ","});',
      '  var inner = make();',
    ].join('\n');
    expect(markPureCalls(code).split('\n')).toEqual([
      'var bundle = /* @__PURE__ */ (function custom(beta) {',
      '  function bundle(context) { return context; }',
      '  return bundle;',
      '})(0.85);',
      'var rgbBasis = /* @__PURE__ */ rgbSpline(basis$1);',
      'const tau = 2 * pi;',
      'defaultLocale({thousands: ","});',
      '  var inner = make();',
    ]);
  });

  it("touches d3's bundled files only", () => {
    const transform = pureD3().transform as (code: string, id: string) => unknown;
    expect(transform('var a = f();', D3)).toEqual({
      code: 'var a = /* @__PURE__ */ f();',
      map: null,
    });
    expect(transform('var a = f();', '/app/src/charts/kit/Axis.tsx')).toBeNull();
    expect(transform('var a = f();', '/app/node_modules/react/index.js')).toBeNull();
  });
});
