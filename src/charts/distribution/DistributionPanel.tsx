import { formatFixed, formatSignificant } from '../../format/number';
import { useFigureStore } from '../kit/useFigureStore';
import { selectKinetics } from '../../state/selectors';
import { KineticsFigurePanel } from '../kit/KineticsFigurePanel';
import { Legend, LineSwatch } from '../kit/Legend';
import { usePinnedSeries } from '../kit/usePinned';
import {
  CONVERTIBLE_SHOWN_BELOW,
  DistributionChart,
  REACTION_COLOR,
  THETA_COLOR,
  THETA_DASH,
} from './DistributionChart';
import { capitalized, snapshotMissed, snapshotMoment } from './moment';
import { distributionData } from '../../export/kineticsFigureData';
import type { KineticsView } from '../../core';

const pickDistribution = (view: KineticsView) => view.distribution;

const LEGEND = [
  {
    key: 'reaction',
    swatch: <LineSwatch color={REACTION_COLOR} dot />,
    label: 'local reaction rate / layer mean',
  },
  {
    key: 'uniform',
    swatch: <LineSwatch color="#59636e" strokeWidth={1} dash="5 4" />,
    label: 'uniform reaction (= 1)',
  },
  {
    key: 'theta',
    swatch: <LineSwatch color={THETA_COLOR} dash={THETA_DASH} dot />,
    label: 'lithiation fraction θ of the particles',
  },
];

/** Where the reaction runs through the thickness at the chosen moment. */
export function DistributionPanel() {
  const [figureRef, kinetics] = useFigureStore(selectKinetics);
  const moment = kinetics ? snapshotMoment(kinetics) : null;
  const pinned = usePinnedSeries(pickDistribution);
  return (
    <KineticsFigurePanel
      figureRef={figureRef}
      headingId="distribution-heading"
      heading="Reaction distribution"
      legend={
        <>
          <p className="figure-subtitle" data-testid="snapshot-moment">
            {moment ? capitalized(moment) : '…'}
          </p>
          <Legend label="Legend: reaction distribution" entries={LEGEND} />
        </>
      }
      kinetics={kinetics}
      proportions={{ ratio: 0.8, min: 340, max: 460 }}
      data={distributionData}
      pins={{
        series: pinned,
        sentence:
          ' A pinned view draws its rate and θ in its own colour and dash, at its own snapshot.',
      }}
      caption={
        <>
          Each point is one layer of the model electrode, from the current collector (0) to the
          separator (1). A rate above 1 means that layer reacts faster than the average: the
          reaction crowds there.{' '}
          {kinetics &&
            kinetics.distribution.convertible < CONVERTIBLE_SHOWN_BELOW &&
            `θ cannot pass ${formatFixed(kinetics.distribution.convertible, 2)} here: the first lithiation leaves ` +
              `${formatFixed(100 * (1 - kinetics.distribution.convertible), 0)} % of each particle as an ` +
              'unconverted crystalline core (Si-rich alloys; see Model vs experiment). '}
          {kinetics &&
            (snapshotMissed(kinetics)
              ? 'This half-cycle reached its cut-off before the chosen depth, so no reaction is left to show; choose a smaller depth or a lower rate.'
              : `At this moment ${formatSignificant(kinetics.distribution.capacity_mAh_per_g, 3)} mAh/g had passed.`)}
        </>
      }
    >
      {(view, fit) => (
        <DistributionChart
          distribution={view.distribution}
          moment={moment ?? ''}
          {...fit}
          pinned={pinned}
        />
      )}
    </KineticsFigurePanel>
  );
}
