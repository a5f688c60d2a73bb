import { useId } from 'react';
import type { DetectedColumn } from '../../core/cellData/types';
import {
  needsUnit,
  ROLES,
  UNIT_OPTIONS,
  type MappingChoice,
  type Role,
  type UnitRole,
} from './mappingChoice';

interface MappingStepProps {
  readonly columns: readonly DetectedColumn[];
  readonly choice: MappingChoice;
  readonly onChange: (choice: MappingChoice) => void;
  readonly disabled: boolean;
}

/** "Q (mAh)" as the file names it; a column with text where numbers are due says so. */
const columnText = (c: DetectedColumn) => (c.numeric ? c.name : `${c.name} (not numbers)`);

/**
 * A table of no known cycler: which column holds voltage, capacity, current, cycle and time,
 * the parser's guess preselected; a unit to choose beside each column whose header names none.
 */
export function MappingStep({ columns, choice, onChange, disabled }: MappingStepProps) {
  const id = useId();
  const setColumn = (role: Role, name: string) =>
    onChange({ ...choice, columns: { ...choice.columns, [role]: name } });
  const setUnit = (role: UnitRole, unit: string) =>
    onChange({ ...choice, units: { ...choice.units, [role]: unit } });
  return (
    <fieldset className="cell-mapping" data-testid="cell-mapping" disabled={disabled}>
      <legend>Which column holds what?</legend>
      <p className="hint">
        The importer does not know this table&rsquo;s maker. Voltage and capacity are needed;
        current tells lithiation from delithiation (else the falling and rising voltage does).
      </p>
      {ROLES.map(({ role, label, required }) => {
        const unitRole = needsUnit(role, choice, columns) ? role : null;
        return (
          <div key={role} className="cell-mapping-row">
            <label htmlFor={`${id}-${role}`}>{label}</label>
            <select
              id={`${id}-${role}`}
              data-testid={`cell-mapping-${role}`}
              value={choice.columns[role]}
              onChange={(e) => setColumn(role, e.target.value)}
            >
              <option value="">{required ? '— choose —' : '— none —'}</option>
              {columns.map((c) => (
                <option key={c.name} value={c.name}>
                  {columnText(c)}
                </option>
              ))}
            </select>
            {unitRole && (
              <>
                <label htmlFor={`${id}-${role}-unit`} className="cell-mapping-unit-label">
                  {label} unit
                </label>
                <select
                  id={`${id}-${role}-unit`}
                  data-testid={`cell-mapping-${role}-unit`}
                  value={choice.units[unitRole]}
                  onChange={(e) => setUnit(unitRole, e.target.value)}
                >
                  {UNIT_OPTIONS[unitRole].map((u) => (
                    <option key={u} value={u}>
                      {u}
                    </option>
                  ))}
                </select>
              </>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
