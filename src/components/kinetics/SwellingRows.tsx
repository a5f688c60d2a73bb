import { firstLithiationSwelling } from '../../core/mechanics';
import type { KineticsView } from '../../core/kinetics/api';
import { formatFixed, formatInputValue } from '../../format/number';

const plus = (share: number) => `+${formatFixed(100 * share, 0)} %`;

/**
 * How much the particles and the layer swell in the first lithiation shown above. A context
 * figure, not part of the simulation (its particles keep their size): the caption says so.
 */
export function SwellingRows({ view }: { view: KineticsView }) {
  const { xGe, porosity } = view.inputs;
  const swelling = firstLithiationSwelling(xGe, porosity, view.inventory);
  return (
    <tbody data-testid="readout-swelling">
      <tr className="group-row">
        <th scope="rowgroup" colSpan={2}>
          Swelling at the end of the first lithiation (estimate; the simulation keeps particles at
          their size)
        </th>
      </tr>
      {!swelling ? (
        <tr>
          <th scope="row">Particles and layer</th>
          <td>
            <span className="note">nothing inserted, nothing swells</span>
          </td>
        </tr>
      ) : (
        <>
          <tr data-testid="readout-swelling-particle">
            <th scope="row">Per particle (volume)</th>
            <td>
              <span className="num">{plus(swelling.particle)}</span>
              <span className="note">
                radius {plus(swelling.radius)}; filled to {formatFixed(100 * swelling.lithiated, 0)}{' '}
                % of Li₁₅M₄, which would be {plus(swelling.particleFull)}
              </span>
            </td>
          </tr>
          <tr data-testid="readout-swelling-electrode">
            <th scope="row">Layer thickness, porosity {formatInputValue(porosity)}</th>
            <td>
              <span className="num">{plus(swelling.electrode)}</span>
              <span className="note">
                pores would take it all at porosity {formatFixed(swelling.absorbingPorosity, 2)};
                assumes the pores fill first and the cell holds the layer sideways, so it can only
                thicken
              </span>
            </td>
          </tr>
        </>
      )}
    </tbody>
  );
}
