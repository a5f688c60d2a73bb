import { INPUT_SPECS, PRESETS } from '../core';
import { formatInputValue } from '../format/number';
import { ChemicalLabel } from './chemicalLabel';
import { LockReason } from './LockReason';
import { NumericEntry } from './NumericEntry';
import { pageStep } from './stepping';
import { CompositionFormula, isAt, useXSlider, XLabel, XRange } from './useXSlider';

const SPEC = INPUT_SPECS.xGe;

/** The Ge fraction: slider, typed entry and the five compositions that were measured. */
export function CompositionControl() {
  const control = useXSlider();
  const { x, setX, preset, lock } = control;

  return (
    <section
      className="panel controls-panel composition-panel"
      aria-labelledby="composition-heading"
    >
      <h2 id="composition-heading">Composition</h2>
      <div className="field">
        <div className="field-head">
          <XLabel htmlFor="x-slider" />
          <output htmlFor="x-slider" className="field-value">
            <CompositionFormula x={x} preset={preset} />
          </output>
        </div>
        <LockReason lock={lock} />
        <XRange
          id="x-slider"
          testId="x-slider"
          label="Ge fraction x"
          hint="x-hint"
          control={control}
        />
        <div className="range-ends" aria-hidden="true">
          <span>0 · Si</span>
          <span>1 · Ge</span>
        </div>
        <p id="x-hint" className="hint">
          Arrow keys step by {SPEC.step}, Page Up/Down by {pageStep('xGe')}.
        </p>
      </div>
      <div className="field field-inline">
        {/* Visible text inside the accessible name (WCAG 2.5.3), so voice users can say it. */}
        <label htmlFor="x-number">Typed value</label>
        <NumericEntry
          inputKey="xGe"
          value={x}
          onCommit={setX}
          ariaLabel="Ge fraction x, typed value"
          testId="x-number"
          id="x-number"
          hintId="x-number-hint"
          lockedBy={lock.locked ? lock.reasonId : undefined}
        />
        <span id="x-number-hint" className="hint">
          {SPEC.min} to {SPEC.max}, Enter to apply
        </span>
      </div>
      <div className="presets" role="group" aria-labelledby="presets-label">
        <p id="presets-label" className="presets-label">
          Measured compositions
        </p>
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="preset"
            data-testid={`preset-${p.id}`}
            data-x-label={`x = ${formatInputValue(p.xGe)}`}
            aria-label={`${p.id} (x = ${formatInputValue(p.xGe)})`}
            aria-pressed={isAt(x, p.xGe)}
            disabled={lock.locked}
            onClick={() => setX(p.xGe)}
          >
            <ChemicalLabel id={p.id} />
          </button>
        ))}
      </div>
    </section>
  );
}
