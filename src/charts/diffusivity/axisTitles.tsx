import { GeFractionTitle } from '../kit/GeFractionTitle';

// Module constants, not components per render: a new title element would re-render the
// memoised axes on every step of a drag.

export const GE_FRACTION_TITLE = <GeFractionTitle />;

export const D_TITLE = (
  <>
    <tspan fontStyle="italic">D</tspan> (cm²/s)
  </>
);

export const LITHIATION_TITLE = (
  <>
    Lithiation <tspan fontStyle="italic">θ</tspan> (share of Li
    <tspan baselineShift="sub" fontSize="0.75em">
      15
    </tspan>
    M
    <tspan baselineShift="sub" fontSize="0.75em">
      4
    </tspan>
    )
  </>
);
