/** "Ge fraction x in Si₁₋ₓGeₓ", for inside an SVG <text>: the composition axes' title. */
export function GeFractionTitle() {
  return (
    <>
      Ge fraction <tspan fontStyle="italic">x</tspan> in Si
      <tspan baselineShift="sub" fontSize="0.75em">
        1−x
      </tspan>
      Ge
      <tspan baselineShift="sub" fontSize="0.75em">
        x
      </tspan>
    </>
  );
}
