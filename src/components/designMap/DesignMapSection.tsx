import { DesignMapPanel } from '../../charts/designMap/DesignMapPanel';
import { DesignMapControls } from './DesignMapControls';

/**
 * The design map: one figure of merit over every composition and one electrode dimension,
 * its controls beside it. Loaded on its own, after the electrode model's section.
 */
export function DesignMapSection() {
  return (
    <section className="design-map" aria-labelledby="design-map-heading" data-testid="design-map">
      <header className="map-head">
        <h2 id="design-map-heading" tabIndex={-1}>
          Design map: where composition and electrode give the best cell
        </h2>
        <p className="map-intro">
          One figure of merit over Ge fraction x and the loading, thickness or particle radius, from
          the same electrode model as the figures above, cell by cell. It fills coarse to fine, so a
          first picture comes quickly; the best cell is ringed and named. Click a cell to set x and
          that value in the live view. The same map from the command line:{' '}
          <code>npm run sige -- map</code>.
        </p>
      </header>
      <DesignMapControls />
      <div className="map-results">
        <DesignMapPanel />
      </div>
    </section>
  );
}
