/** Element symbols that appear in this tool's labels (a token of others is not a formula). */
const ELEMENTS = new Set(
  'H Li B C N O F Na Mg Al Si P S Cl K Ti Mn Fe Co Ni Cu Zn Ge Br Zr In I La Ta'.split(' '),
);
const PART = /([A-Z][a-z]?)(\d+(?:\.\d+)?)?/g;

/** Whether a token is a chemical formula: nothing but element symbols and their counts. */
function isFormula(token: string): boolean {
  const parts = [...token.matchAll(PART)];
  return (
    parts.length > 1 &&
    parts.map((m) => m[0]).join('') === token &&
    parts.every((m) => ELEMENTS.has(m[1] as string))
  );
}

/**
 * Text in which the chemical formulas get subscript counts ("LiNi0.88Co0.09Mn0.03O2
 * (NCM88)" → LiNi<sub>0.88</sub>… (NCM88)); names, numbers and units stay as they are.
 * The text content is unchanged, so it still reads and matches as typed.
 */
export function FormulaText({ text }: { text: string }) {
  // One element: inside a flex label every child would be an item of its own, spaced apart.
  return (
    <span>
      {text.split(/(\s+|[(),])/).map((token, i) =>
        isFormula(token) ? (
          <span key={i}>
            {[...token.matchAll(PART)].map((m, j) => (
              <span key={j}>
                {m[1]}
                {m[2] && <sub>{m[2]}</sub>}
              </span>
            ))}
          </span>
        ) : (
          token
        ),
      )}
    </span>
  );
}
