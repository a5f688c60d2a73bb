import { firstLithiationSwelling, type KineticsView } from '../../core';
import { formatFixed, formatInputValue } from '../../format/number';
import { GroupRow, ReadoutRow } from '../readoutTable';

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
      <GroupRow>
        Swelling at the end of the first lithiation (estimate; the simulation keeps particles at
        their size)
      </GroupRow>
      {!swelling ? (
        <ReadoutRow label="Particles and layer" note="nothing inserted, nothing swells" />
      ) : (
        <>
          <ReadoutRow
            testId="readout-swelling-particle"
            label="Per particle (volume)"
            value={plus(swelling.particle)}
            note={
              <>
                radius {plus(swelling.radius)}; filled to {formatFixed(100 * swelling.lithiated, 0)}{' '}
                % of Li₁₅M₄, which would be {plus(swelling.particleFull)}
              </>
            }
          />
          <ReadoutRow
            testId="readout-swelling-electrode"
            label={<>Layer thickness, porosity {formatInputValue(porosity)}</>}
            value={plus(swelling.electrode)}
            note={
              <>
                pores would take it all at porosity {formatFixed(swelling.absorbingPorosity, 2)};
                assumes the pores fill first and the cell holds the layer sideways, so it can only
                thicken
              </>
            }
          />
        </>
      )}
    </tbody>
  );
}
