import { lazy, Suspense } from 'react';
import { ConductivityPanel } from './charts/conductivity/ConductivityPanel';
import { DiffusivityPanel } from './charts/diffusivity/DiffusivityPanel';
import { AboutModel } from './components/AboutModel';
import { CompositionControl } from './components/CompositionControl';
import { focusByIdFrom } from './components/focusById';
import { PropertiesReadout } from './components/PropertiesReadout';
import { SettingsControls } from './components/SettingsControls';
import { ModelStatus, StatusBanner } from './components/StatusBanner';
import { SOURCES } from './data/measurements';

// Below the fold, and most of the page's code: loaded after the first figure is drawn, so
// the conductivity figure (what a visitor sees first) waits only for its own code.
const KineticsSection = lazy(() =>
  import('./components/kinetics/KineticsSection').then((m) => ({ default: m.KineticsSection })),
);
const ModelVsExperiment = lazy(() =>
  import('./components/modelFit/ModelVsExperiment').then((m) => ({
    default: m.ModelVsExperiment,
  })),
);

/**
 * The page layout. App itself subscribes to nothing, so a store change only
 * re-renders the components that selected the changed field.
 */
export function App() {
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus, not navigation: embedded in a shadow root the fragment would find nothing
          // and would rewrite the host page's address.
          event.preventDefault();
          focusByIdFrom(event)('main');
        }}
      >
        Skip to main content
      </a>
      <header className="site-header">
        <div>
          <h1>SiGe Explorer</h1>
          <p className="tagline">
            Silicon–germanium anodes for solid-state batteries: how the Ge fraction balances
            electronic and ionic conduction.
          </p>
        </div>
        <ModelStatus />
      </header>
      <main id="main" tabIndex={-1} className="layout">
        <StatusBanner />
        <div className="controls">
          <CompositionControl />
          <SettingsControls />
        </div>
        <div className="results">
          <ConductivityPanel />
          <PropertiesReadout />
          <DiffusivityPanel />
        </div>
        <div className="about">
          <AboutModel />
        </div>
        <Suspense fallback={<p className="section-loading">Loading the electrode model…</p>}>
          <KineticsSection />
          <ModelVsExperiment />
        </Suspense>
      </main>
      <footer className="site-footer">
        <h2>Sources</h2>
        <ul>
          {Object.entries(SOURCES).map(([key, citation]) => (
            <li key={key}>
              <strong>{key}</strong>: {citation}
            </li>
          ))}
        </ul>
      </footer>
    </>
  );
}
