import { useEffect, useRef } from 'react';
import { DistributionPanel } from '../../charts/distribution/DistributionPanel';
import { DqdvPanel } from '../../charts/dqdv/DqdvPanel';
import { ProfilePanel } from '../../charts/profiles/ProfilePanel';
import { RatePanel } from '../../charts/rate/RatePanel';
import { RetentionPanel } from '../../charts/retention/RetentionPanel';
import { KINETICS_CALIBRATION_NOTE } from './calibrationNote';
import { CompositionBar } from './CompositionBar';
import { ElectrodeControls } from './ElectrodeControls';
import { KineticsIntro } from './KineticsIntro';
import { KineticsNotes } from './KineticsNotes';
import { KineticsReadout } from './KineticsReadout';
import { KineticsAlert, KineticsStatus } from './KineticsStatus';
import { LithiumSection } from './LithiumSection';
import { CellDataPanel } from '../cellData/CellDataPanel';
import { PinComparison } from '../pins/PinComparison';
import { RefitBanner } from '../refit/RefitBanner';
import { ProfileControls } from './ProfileControls';
import { SnapshotControls } from './SnapshotControls';
import { WhatIfControls } from './WhatIfControls';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import { isShown, type SectionId } from '../../state/lesson';

/**
 * The electrode-kinetics part of the page: its own controls beside its own figures,
 * so a change and its effect stay in view together. It spans the layout's two
 * columns and repeats their widths, so both halves of the page line up.
 */
export function KineticsSection() {
  const ref = useKineticsInView();
  // A lesson link may show some of its figures only (read once: it never changes).
  const { lesson } = useAppStoreApi().getState();
  const shown = (id: SectionId) => isShown(lesson, id);
  return (
    <section ref={ref} className="kinetics" aria-labelledby="kinetics-heading">
      <header className="kinetics-head">
        <div>
          <h2 id="kinetics-heading" tabIndex={-1}>
            Electrode kinetics: rate capability, voltage profiles, reaction distribution
          </h2>
          <p className="calibration-note" data-testid="calibration-note">
            {KINETICS_CALIBRATION_NOTE}
          </p>
          <KineticsIntro />
        </div>
        <KineticsStatus />
      </header>
      <CompositionBar />
      <div className="kinetics-controls">
        <ElectrodeControls />
        <WhatIfControls />
        {shown('profile') && <ProfileControls />}
        {shown('distribution') && <SnapshotControls />}
        {/* Imported data are drawn on these figures only: no panel without one of them. */}
        {(shown('rate') || shown('profile') || shown('dqdv')) && <CellDataPanel />}
      </div>
      <div className="kinetics-results">
        <RefitBanner />
        <KineticsAlert />
        <KineticsNotes />
        <div className="kinetics-figures">
          {shown('rate') && <RatePanel />}
          {shown('retention') && <RetentionPanel />}
          {shown('profile') && <ProfilePanel />}
          {shown('dqdv') && <DqdvPanel />}
          {shown('distribution') && <DistributionPanel />}
        </div>
        <KineticsReadout />
      </div>
      {shown('lithium') && <LithiumSection />}
      <PinComparison />
    </section>
  );
}

/** Tells the store whether any of the section is on screen (the kinetics driver asks). */
function useKineticsInView() {
  const ref = useRef<HTMLElement>(null);
  const setInView = useAppStore((s) => s.setKineticsInView);
  useEffect(() => {
    const section = ref.current;
    if (!section || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry) setInView(entry.isIntersecting);
    });
    observer.observe(section);
    return () => {
      observer.disconnect();
      setInView(true);
    };
  }, [setInView]);
  return ref;
}
