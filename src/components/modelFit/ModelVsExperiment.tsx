import { FIT_FIGURES, type FitFigure } from '../../charts/parity/fitFigures';
import { ParityPanel } from '../../charts/parity/ParityPanel';
import { sharedTarget } from '../../charts/parity/tolerance';
import { targetText } from '../../charts/parity/describeFigure';
import { fitSummary } from './fitSummary';
import { ModelLimits } from './ModelLimits';
import { ResidualTable } from './ResidualTable';

/** "±5 pt for retention, ±3 pt for ICE, QA-Li, I-Li": each kind's target, from the data. */
function targetsByKind(figures: readonly FitFigure[]): string {
  const byTarget = new Map<string, string[]>();
  for (const f of figures) {
    const kinds = byTarget.get(targetText(f)) ?? [];
    if (!kinds.includes(f.quantity)) kinds.push(f.quantity);
    byTarget.set(targetText(f), kinds);
  }
  return [...byTarget].map(([target, kinds]) => `${target} for ${kinds.join(', ')}`).join('; ');
}

/** What the band (or whiskers) of one panel stand for, in words. */
function targetNote(figures: readonly FitFigure[], what: string): string {
  const shared = sharedTarget(figures);
  if (shared) return `Shaded: the target, ${targetText(shared)} ${what}.`;
  return `Whiskers: the target of each figure (${targetsByKind(figures)}).`;
}

/**
 * Model against experiment for every figure the calibration fitted: the check a
 * researcher makes before trusting a curve. Static data from calibration.json, so no
 * worker is involved and nothing here changes with the controls.
 */
export function ModelVsExperiment({ figures = FIT_FIGURES }: { figures?: readonly FitFigure[] }) {
  const of = (family: FitFigure['family']) => figures.filter((f) => f.family === family);
  const transport = of('transport');
  const capacity = of('capacity');
  const percent = of('percent');
  return (
    <section className="model-fit" aria-labelledby="model-fit-heading" data-testid="model-fit">
      <h2 id="model-fit-heading">Model vs experiment</h2>
      <p className="fit-summary" data-testid="fit-summary">
        {fitSummary(figures)}.
      </p>
      <p className="hint" data-testid="numerical-accuracy">
        How exact the electrode model&rsquo;s own numbers are: a finer particle grid moves no Si₇Ge
        capacity up to 3 C by more than 0.5 %, halving the time step by up to 1.1 %. The 2–3 C
        capacities of Si and Ge are not converged, so their 3 C retention is a trend rather than a
        number (<code>npm run convergence</code> prints the table).
      </p>
      <ModelLimits />
      <div className="parity-figures" data-testid="parity-figures">
        <ParityPanel
          family="transport"
          figures={transport}
          heading="Conductivity and diffusivity"
          subject="conductivity and diffusivity"
          unit="S/cm; D in cm²/s"
          targetNote={targetNote(transport, 'about the measurements’ own spread')}
        />
        <ParityPanel
          family="capacity"
          figures={capacity}
          heading="Capacities"
          subject="capacities"
          unit="mAh/g"
          targetNote={targetNote(capacity, 'of the measured value')}
        />
        <ParityPanel
          family="percent"
          figures={percent}
          heading="Retention, ICE and Li inventory"
          subject="retention, first-cycle efficiency and Li inventory"
          unit="%"
          targetNote={targetNote(percent, 'points')}
        />
      </div>
      <section className="panel" aria-labelledby="residual-table-heading">
        <h3 id="residual-table-heading">Every fitted figure</h3>
        <ResidualTable figures={figures} />
      </section>
    </section>
  );
}
