import { Suspense } from 'react';
import { ConductivityPanel } from './charts/conductivity/ConductivityPanel';
import { DiffusivityPanel } from './charts/diffusivity/DiffusivityPanel';
import { AboutModel } from './components/AboutModel';
import { CompositionControl } from './components/CompositionControl';
import { focusByIdFrom } from './components/focusById';
import { LiveAnnouncer } from './components/LiveAnnouncer';
import { PageTools } from './components/PageTools';
import { PropertiesReadout } from './components/PropertiesReadout';
import { ScreenSummary } from './components/ScreenSummary';
import { SectionBoundary, useRetryableLazy } from './components/SectionBoundary';
import { SettingsControls } from './components/SettingsControls';
import { ModelStatus, StatusBanner } from './components/StatusBanner';
import { FigureView } from './components/lessons/FigureView';
import { SOURCES } from './data/measurements';
import { useAppStoreApi } from './state/hooks';
import { isShown, KINETICS_SECTIONS, type SectionId } from './state/lesson';

// Below the fold, and most of the page's code: loaded after the first figure is drawn, so
// the conductivity figure (what a visitor sees first) waits only for its own code.
const loadKinetics = () =>
  import('./components/kinetics/KineticsSection').then((m) => ({ default: m.KineticsSection }));
// A map is minutes of model time that nobody needs at load: its code waits its turn too.
const loadDesignMap = () =>
  import('./components/designMap/DesignMapSection').then((m) => ({
    default: m.DesignMapSection,
  }));
const loadModelFit = () =>
  import('./components/modelFit/ModelVsExperiment').then((m) => ({
    default: m.ModelVsExperiment,
  }));

/**
 * The page layout. App itself subscribes to nothing, so a store change only
 * re-renders the components that selected the changed field. A lesson link (read once: it
 * never changes) may ask for one figure alone (`view`) or for some sections only (`show`).
 */
export function App() {
  const { lesson } = useAppStoreApi().getState();
  if (lesson.view) return <FigureView figure={lesson.view} />;
  return <WholePage />;
}

function WholePage() {
  const { lesson } = useAppStoreApi().getState();
  const shown = (id: SectionId) => isShown(lesson, id);
  const kinetics = useRetryableLazy(loadKinetics);
  const designMap = useRetryableLazy(loadDesignMap);
  const modelFit = useRetryableLazy(loadModelFit);
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
        <LiveAnnouncer />
        <div className="overview">
          <ScreenSummary />
          <PageTools />
        </div>
        <div className="controls">
          <CompositionControl />
          <SettingsControls />
        </div>
        <div className="results">
          {shown('conductivity') && (
            <SectionBoundary name="the conductivity figure">
              <ConductivityPanel />
            </SectionBoundary>
          )}
          {shown('properties') && (
            <SectionBoundary name="the properties">
              <PropertiesReadout />
            </SectionBoundary>
          )}
          {shown('diffusivity') && (
            <SectionBoundary name="the diffusivity figure">
              <DiffusivityPanel />
            </SectionBoundary>
          )}
        </div>
        {shown('about') && (
          <div className="about">
            <AboutModel />
          </div>
        )}
        {KINETICS_SECTIONS.some(shown) && (
          <SectionBoundary name="the electrode model" area="kinetics" onRetry={kinetics.reload}>
            <Suspense fallback={<p className="section-loading">Loading the electrode model…</p>}>
              <kinetics.Section />
            </Suspense>
          </SectionBoundary>
        )}
        {shown('map') && (
          <SectionBoundary name="the design map" area="map" onRetry={designMap.reload}>
            <Suspense fallback={null}>
              <designMap.Section />
            </Suspense>
          </SectionBoundary>
        )}
        {shown('fit') && (
          <SectionBoundary name="model against experiment" area="fit" onRetry={modelFit.reload}>
            <Suspense fallback={null}>
              <modelFit.Section />
            </Suspense>
          </SectionBoundary>
        )}
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
