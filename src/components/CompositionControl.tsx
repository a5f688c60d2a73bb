import type { ChangeEvent, KeyboardEvent } from 'react';
import { INPUT_SPECS } from '../core/inputs';
import { PRESETS } from '../core/presets';
import { formatInputValue } from '../format/number';
import { useAppStore } from '../state/hooks';
import { selectXGe } from '../state/selectors';
import { ChemicalLabel } from './chemicalLabel';
import { NumericEntry } from './NumericEntry';
import { nudge, pageStep } from './stepping';
import { useSliderHold } from './useSliderHold';

const SPEC = INPUT_SPECS.xGe;
/** Presets are exact fractions; a typed 0.1250000001 still counts as Si7Ge. */
const isAt = (x: number, target: number) => Math.abs(x - target) < 1e-9;

/** The Ge fraction: slider, typed entry and the five compositions that were measured. */
export function CompositionControl() {
  const x = useAppStore(selectXGe);
  const setInput = useAppStore((s) => s.setInput);
  const setX = (value: number) => setInput('xGe', value);
  const hold = useSliderHold();
  const preset = PRESETS.find((p) => isAt(x, p.xGe));

  const onSliderKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Browsers page by a tenth of the range; 0.05 suits the interesting 0–0.3 region.
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    setX(nudge('xGe', x, event.key === 'PageUp' ? pageStep('xGe') : -pageStep('xGe')));
  };

  return (
    <section
      className="panel controls-panel composition-panel"
      aria-labelledby="composition-heading"
    >
      <h2 id="composition-heading">Composition</h2>
      <div className="field">
        <div className="field-head">
          <label htmlFor="x-slider">
            Ge fraction <i>x</i>
          </label>
          <output htmlFor="x-slider" className="field-value">
            Si<sub>{formatInputValue(1 - x)}</sub>Ge<sub>{formatInputValue(x)}</sub>
            {preset && <> &middot; {preset.id}</>}
          </output>
        </div>
        <input
          id="x-slider"
          type="range"
          data-testid="x-slider"
          aria-label="Ge fraction x"
          aria-valuetext={`${formatInputValue(x)}${preset ? `, ${preset.id}` : ''}`}
          aria-describedby="x-hint"
          min={SPEC.min}
          max={SPEC.max}
          step={SPEC.step}
          value={x}
          onChange={(event: ChangeEvent<HTMLInputElement>) => setX(Number(event.target.value))}
          onKeyDown={onSliderKeyDown}
          onPointerDown={hold}
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
            onClick={() => setX(p.xGe)}
          >
            <ChemicalLabel id={p.id} />
          </button>
        ))}
      </div>
    </section>
  );
}
