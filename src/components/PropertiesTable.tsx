import type { ComputeResult, Properties } from '../core';
import { electrodeText, whatIfText } from '../format/modelSettings';
import { formatInputValue } from '../format/number';
import { GroupRow, ReadoutColumns, ReadoutRow } from './readoutTable';
import { READOUT_GROUPS, READOUTS } from './readoutSpecs';

const KEYS = Object.keys(READOUTS) as (keyof Properties)[];

/** The properties of one result as a table (PropertiesReadout.tsx draws it when in). */
export function PropertiesTable({ result }: { result: ComputeResult }) {
  const { properties, inputs } = result;
  const whatIf = whatIfText(inputs);
  return (
    <table className="readout">
      <caption>
        At x = {formatInputValue(inputs.xGe)}, {formatInputValue(inputs.temperatureC)} °C, particle
        radius {formatInputValue(inputs.particleRadiusUm)} µm, electrode{' '}
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
  );
}
