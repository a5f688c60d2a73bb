import { useMemo, type ReactNode } from 'react';
import { fitFiguresOf, type FitFigure } from '../../charts/parity/fitFigures';
import { ParityPanel } from '../../charts/parity/ParityPanel';
import { STORED_FIT, type StoredFit } from '../../charts/parity/storedFit';
import { sharedTarget } from '../../charts/parity/tolerance';
import { targetText } from '../../charts/parity/describeFigure';
import { DownloadParameters } from '../../export/DownloadParameters';
import { formulaOf } from '../../format/formula';
import { CrossValidationTable } from './CrossValidationTable';
import { fitSummary } from './fitSummary';
import { ModelLimits } from './ModelLimits';
import { ParameterTable } from './ParameterTable';
import { RateShapeTable } from './RateShapeTable';
import { ResidualTable } from './ResidualTable';
import { YourCellResiduals } from '../refit/YourCellResiduals';

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

/** A titled part of the section, named by its heading for landmark navigation. */
function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/**
 * Model against experiment for every figure the calibration compared, the parameters it
 * set and what it predicts for compositions left out: the checks a researcher makes
 * before trusting a curve. Static data from calibration.json, so no worker is involved
 * and nothing here changes with the controls.
 */
export function ModelVsExperiment({ fit = STORED_FIT }: { fit?: StoredFit }) {
  const figures = useMemo(() => fitFiguresOf(fit), [fit]);
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
        How far the electrode model&rsquo;s own numbers move when its particle grid, time steps or
        layers are refined is printed by <code>npm run convergence</code>; a figure it cannot settle
        is marked &ldquo;trend&rdquo; below and is not judged.
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
      <Part id="residual-table-heading" title="Every figure, measured against the model">
        <ResidualTable figures={figures} />
      </Part>
      {fit.normalisedRate.length > 0 && (
        <Part id="rate-shape-heading" title={`Shape of ${formulaOf('Si7Ge')}’s rate curve`}>
          <RateShapeTable points={fit.normalisedRate} />
        </Part>
      )}
      {fit.uncertainty.length > 0 && (
        <Part id="parameter-table-heading" title="Fitted parameters">
          <ParameterTable
            parameters={fit.uncertainty}
            rounds={fit.crossValidation}
            objective={fit.objective}
          />
          <DownloadParameters />
        </Part>
      )}
      {fit.crossValidation.length > 0 && (
        <Part id="cv-table-heading" title="Predicting what was not fitted">
          <CrossValidationTable rounds={fit.crossValidation} />
        </Part>
      )}
      <YourCellResiduals />
    </section>
  );
}
