import { PlotAxes } from '../kit/Axis';
import { GeFractionTitle } from '../kit/GeFractionTitle';
import type { DiffusivityScales } from './useDiffusivityScales';

// Module constants, not components per render: a new title element would re-render the
// memoised axes on every step of a drag.

const GE_FRACTION_TITLE = <GeFractionTitle />;

const D_TITLE = (
  <>
    <tspan fontStyle="italic">D</tspan> (cm²/s)
  </>
);

const LITHIATION_TITLE = (
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

/** Distance of the y title from its axis: clear of labels as wide as "5×10⁻¹²". */
const Y_TITLE_OFFSET = 72;

/** Either panel's axes: its own x, D on the left placed alike so that the panels line up. */
export function DiffusivityAxes({
  scales,
  along,
}: {
  scales: DiffusivityScales;
  along: 'composition' | 'lithiation';
}) {
  return (
    <PlotAxes
      scales={scales}
      xTitle={along === 'composition' ? GE_FRACTION_TITLE : LITHIATION_TITLE}
      yTitle={D_TITLE}
      yTitleOffset={Y_TITLE_OFFSET}
    />
  );
}
