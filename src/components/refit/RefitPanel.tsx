import { useId, useState } from 'react';
import { createRefitClient, type RefitClient } from '../../client/refitClient';
import { KINETIC_PARAMETERS } from '../../core/calibration/kineticParameters';
import { formatInputValue } from '../../format/number';
import type { ParameterKey } from '../../core/refit/types';
import { useAppStore } from '../../state/hooks';
import { NAMES, SymbolText } from '../modelFit/ParameterTable';
import { LoadRefit } from './LoadRefit';
import { RefitProgressBar } from './RefitProgressBar';
import { RefitResults } from './RefitResults';
import { SetPicker, useUsableSets } from './SetPicker';
import { useRefitRun } from './useRefitRun';

/** The page's cell, as the refit will model it. */
function CellNote() {
  const x = useAppStore((s) => s.inputs.xGe);
  const temperature = useAppStore((s) => s.inputs.temperatureC);
  return (
    <p className="hint">
      The model cell is this page&rsquo;s, as set now: x&nbsp;=&nbsp;{formatInputValue(x)},{' '}
      {formatInputValue(temperature)}&nbsp;°C, and the electrode and particle size above. Set them
      to your cell first.
    </p>
  );
}

/**
 * "Refit to your data": choose an imported set and the kinetic parameters to fit (the rest
 * stay at the published calibration), run the refit in a worker of its own with progress
 * and Cancel, then see, apply, save or load the result. `client` is for tests.
 */
export function RefitPanel({ client: given }: { client?: RefitClient }) {
  const [client] = useState(() => given ?? createRefitClient());
  const run = useRefitRun(client);
  const refit = useAppStore((s) => s.refit);
  const sets = useUsableSets();
  const [chosenSet, setChosenSet] = useState<string | null>(null);
  const [keys, setKeys] = useState<readonly ParameterKey[]>([]);
  const uid = useId();
  const running = run.state !== null;
  // The choice, while it can be used; else the newest set that can.
  const chosen =
    sets.find((s) => s.set.id === chosenSet && s.reason === null) ??
    [...sets].reverse().find((s) => s.reason === null);

  function toggle(key: ParameterKey, on: boolean) {
    setKeys((now) => (on ? [...now, key] : now.filter((k) => k !== key)));
  }

  function submit() {
    if (!chosen) {
      run.setError('Import a rate table or a cycler file with its first cycle to refit to.');
      return;
    }
    if (keys.length === 0) {
      run.setError('Tick at least one parameter to refit.');
      return;
    }
    // In the order of the calibration's table, whatever the order of the ticks.
    const params = KINETIC_PARAMETERS.map((s) => s.key).filter((k) => keys.includes(k));
    void run.start(chosen.set, params);
  }

  return (
    <section className="refit" aria-labelledby={`${uid}-heading`} data-testid="refit-panel">
      <h4 id={`${uid}-heading`}>Refit the model to your data</h4>
      <p className="hint">
        Fits the kinetic parameters you tick to a data set&rsquo;s rate table and first cycle; every
        other parameter stays at the published calibration. A fraction of a second of model time per
        evaluation, about 60 evaluations per parameter.
      </p>
      <form
        className="refit-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <SetPicker
          sets={sets}
          chosen={chosen?.set.id ?? null}
          onChoose={setChosenSet}
          disabled={running}
        />
        <fieldset className="refit-params" disabled={running}>
          <legend>Parameters to refit</legend>
          {KINETIC_PARAMETERS.map((spec) => (
            <label key={spec.key} className="choice refit-param">
              <input
                type="checkbox"
                checked={keys.includes(spec.key)}
                onChange={(e) => toggle(spec.key, e.currentTarget.checked)}
              />
              <span>
                <SymbolText text={spec.symbol} /> {NAMES[spec.key] ?? spec.key}
                {spec.unit ? ` (${spec.unit})` : ''}
              </span>
            </label>
          ))}
        </fieldset>
        <CellNote />
        <button type="submit" className="refit-button" disabled={running}>
          Refit
        </button>
      </form>
      {run.state && (
        <RefitProgressBar state={run.state} inPage={client.inPage} onCancel={run.cancel} />
      )}
      {/* Not role="alert": the import form above has the panel's one alert region. */}
      <div aria-live="assertive" className="cell-error" data-testid="refit-error">
        {run.error}
      </div>
      {refit && <RefitResults refit={refit} />}
      <LoadRefit disabled={running} onError={run.setError} />
    </section>
  );
}
