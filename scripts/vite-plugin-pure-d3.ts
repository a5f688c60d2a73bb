// Lets the bundler drop the parts of d3 the app never calls. Each d3 package here ships one
// pre-bundled ES file (dist/d3-*.mjs), whose top level builds some exports by calling a
// factory: `var bundle = (function custom(beta) {…})(0.85)`, `var rgbBasis = rgbSpline(…)`.
// The bundler cannot prove such a call pure, so it kept every one — curves, symbols and
// interpolators nobody uses, about 2 kB gzip in the first download. The packages declare
// `"sideEffects": false`; this plugin says the same of those calls, with the standard
// `/* @__PURE__ */` mark, so that an unused result goes and a used one stays as it is.
import type { Plugin } from 'vite';

const D3_DIST = /node_modules[\\/]d3-[a-z-]+[\\/]dist[\\/][\w-]+\.mjs$/;
/** A top-level `var|const|let name = ` followed by a call or an immediately called function. */
const TOP_LEVEL_CALL = /^((?:var|const|let) [\w$]+ = )(?=[\w$]+\(|\(function)/gm;

/** The d3 file's code with its top-level factory calls marked pure. */
export function markPureCalls(code: string): string {
  return code.replace(TOP_LEVEL_CALL, '$1/* @__PURE__ */ ');
}

export function pureD3(): Plugin {
  return {
    name: 'sige:pure-d3',
    transform(code, id) {
      if (!D3_DIST.test(id)) return null;
      // Insertions within lines only: the existing source map stays near enough (map: null).
      return { code: markPureCalls(code), map: null };
    },
  };
}
