import type { Properties } from '../core';
import { electrodeText, whatIfText } from '../format/modelSettings';
import { formatInputValue } from '../format/number';
import { selectResult } from '../state/selectors';
import { GroupRow, ReadoutColumns, ReadoutRow } from './readoutTable';
import { READOUT_GROUPS, READOUTS } from './readoutSpecs';
import { useThrottledAppStore } from './useThrottled';

const KEYS = Object.keys(READOUTS) as (keyof Properties)[];
/** How often the table may change while values stream in (a drag). */
const READOUT_INTERVAL_MS = 250;

/** Every figure the model gives for the current composition and conditions. */
export function PropertiesReadout() {
  // Throttled in the subscription: the table does not even re-render for the answers in
  // between. One result, so the caption and the values always belong together.
  const result = useThrottledAppStore(selectResult, READOUT_INTERVAL_MS);
  const properties = result?.properties;
  const inputs = result?.inputs;
  const whatIf = inputs && whatIfText(inputs);
  return (
    <section className="panel readout-panel" aria-labelledby="readout-heading">
      <h2 id="readout-heading">Properties</h2>
      {!properties || !inputs ? (
        <p className="placeholder">Computing the model…</p>
      ) : (
        <table className="readout">
          <caption>
            At x = {formatInputValue(inputs.xGe)}, {formatInputValue(inputs.temperatureC)} °C,
            particle radius {formatInputValue(inputs.particleRadiusUm)} µm, electrode{' '}
            {electrodeText(result.electrode)}
            {whatIf && (
              <>
                , <span className="what-if-tag">{whatIf}</span>
              </>
            )}
          </caption>
          <ReadoutColumns />
          {READOUT_GROUPS.map((group) => (
            <tbody key={group}>
              <GroupRow>{group}</GroupRow>
              {KEYS.filter((key) => READOUTS[key].group === group).map((key) => {
                const spec = READOUTS[key];
                const value = properties[key];
                const note = spec.note?.(value);
                return (
                  <ReadoutRow
                    key={key}
                    testId={`readout-${key}`}
                    label={spec.label}
                    value={
                      <>
                        {spec.format(value)}
                        {spec.unit && <span className="unit"> {spec.unit}</span>}
                      </>
                    }
                    note={note || undefined}
                  />
                );
              })}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
