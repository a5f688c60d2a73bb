/** σ with its subscript in SVG text: σe, σi, σamb. */
export function SvgSigma({ sub }: { sub: string }) {
  return (
    <>
      σ
      <tspan baselineShift="sub" fontSize="0.75em">
        {sub}
      </tspan>
    </>
  );
}

/** σ with its subscript in HTML text. */
export function HtmlSigma({ sub }: { sub: string }) {
  return (
    <>
      σ<sub>{sub}</sub>
    </>
  );
}
