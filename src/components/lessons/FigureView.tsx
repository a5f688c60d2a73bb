import { Suspense } from 'react';
import { ConductivityPanel } from '../../charts/conductivity/ConductivityPanel';
import { DiffusivityPanel } from '../../charts/diffusivity/DiffusivityPanel';
import type { FigureId } from '../../state/lesson';
import { LockReason } from '../LockReason';
import { SectionBoundary, useRetryableLazy } from '../SectionBoundary';
import { StatusBanner } from '../StatusBanner';
import { CompositionFormula, useXSlider, XLabel, XRange } from '../useXSlider';

const loadKineticsFigure = () =>
  import('../kinetics/KineticsFigure').then((m) => ({ default: m.KineticsFigure }));

/**
 * `?view=rate`: one figure alone, for a wiki page or a slide, with the Ge slider above it and
 * nothing else. Its width is the figure's (the frame's or the container's, up to a readable
 * maximum) and its height what the figure needs.
 */
export function FigureView({ figure }: { figure: FigureId }) {
  const kinetics = useRetryableLazy(loadKineticsFigure);
  return (
    <main
      id="main"
      tabIndex={-1}
      className="figure-view"
      data-testid="figure-view"
      data-figure={figure}
    >
      <StatusBanner />
      <XStrip />
      <SectionBoundary name="the figure" onRetry={kinetics.reload}>
        {figure === 'conductivity' ? (
          <ConductivityPanel />
        ) : figure === 'diffusivity' ? (
          <DiffusivityPanel />
        ) : (
          <Suspense fallback={<p className="section-loading">Loading the electrode model…</p>}>
            <kinetics.Section figure={figure} />
          </Suspense>
        )}
      </SectionBoundary>
    </main>
  );
}

/** The minimal control strip: the Ge fraction, its value and, under a lock, the reason. */
function XStrip() {
  const control = useXSlider();
  const { x, preset, lock } = control;
  return (
    <div className="figure-view-strip" data-testid="figure-view-strip">
      <XLabel htmlFor="x-slider-strip" />
      <XRange id="x-slider-strip" testId="x-slider" label="Ge fraction x" control={control} />
      <output htmlFor="x-slider-strip" className="field-value" data-rendered-x={x}>
        <CompositionFormula x={x} preset={preset} />
      </output>
      <LockReason lock={lock} />
    </div>
  );
}
