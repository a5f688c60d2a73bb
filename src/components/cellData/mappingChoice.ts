/**
 * The column-mapping step's state: which column holds what, and a unit for each column
 * whose header names none. Kept as plain strings ('' for "none") so that selects bind to it.
 */
import type {
  CapacityUnit,
  ColumnMapping,
  CurrentUnit,
  DetectedColumn,
  NeedsMapping,
  TimeUnit,
  VoltageUnit,
} from '../../core/cellData/types';

export type Role = 'voltage' | 'capacity' | 'current' | 'cycle' | 'time';
export type UnitRole = 'voltage' | 'capacity' | 'current' | 'time';

export interface RoleSpec {
  readonly role: Role;
  readonly label: string;
  readonly required: boolean;
}

/** In the order a reader thinks of a cycler's columns; voltage and capacity are drawn. */
export const ROLES: readonly RoleSpec[] = [
  { role: 'voltage', label: 'Voltage', required: true },
  { role: 'capacity', label: 'Capacity', required: true },
  { role: 'current', label: 'Current', required: false },
  { role: 'cycle', label: 'Cycle number', required: false },
  { role: 'time', label: 'Time', required: false },
];

export const UNIT_OPTIONS: {
  readonly voltage: readonly VoltageUnit[];
  readonly capacity: readonly CapacityUnit[];
  readonly current: readonly CurrentUnit[];
  readonly time: readonly TimeUnit[];
} = {
  voltage: ['V', 'mV'],
  capacity: ['mAh', 'Ah', 'µAh', 'mAh/g'],
  current: ['mA', 'A', 'µA'],
  time: ['s', 'min', 'h'],
};

export interface MappingChoice {
  readonly columns: Readonly<Record<Role, string>>;
  readonly units: {
    readonly voltage: VoltageUnit;
    readonly capacity: CapacityUnit;
    readonly current: CurrentUnit;
    readonly time: TimeUnit;
  };
}

/** The parser's guess, preselected; the commonest units where a header says none. */
export function initialChoice(found: NeedsMapping): MappingChoice {
  const guess = found.guess;
  return {
    columns: {
      voltage: guess.voltage ?? '',
      capacity: guess.capacity ?? '',
      current: guess.current ?? '',
      cycle: guess.cycle ?? '',
      time: guess.time ?? '',
    },
    units: { voltage: 'V', capacity: 'mAh', current: 'mA', time: 's' },
  };
}

export const isUnitRole = (role: Role): role is UnitRole => role !== 'cycle';

/** Whether the chosen column of `role` needs a unit chosen: one is asked only where the header names none. */
export function needsUnit(
  role: Role,
  choice: MappingChoice,
  columns: readonly DetectedColumn[],
): role is UnitRole {
  const name = choice.columns[role];
  if (!isUnitRole(role) || name === '') return false;
  return columns.find((c) => c.name === name)?.unit === undefined;
}

/** The mapping for the parser, or the first thing still to choose. */
export function toColumnMapping(
  choice: MappingChoice,
  columns: readonly DetectedColumn[],
): { mapping: ColumnMapping } | { missing: string } {
  const { voltage, capacity, current, cycle, time } = choice.columns;
  for (const spec of ROLES) {
    if (spec.required && choice.columns[spec.role] === '') {
      return { missing: `Choose the ${spec.label.toLowerCase()} column.` };
    }
  }
  const units: Partial<Record<UnitRole, string>> = {};
  for (const role of ['voltage', 'capacity', 'current', 'time'] as const) {
    if (needsUnit(role, choice, columns)) units[role] = choice.units[role];
  }
  return {
    mapping: {
      voltage,
      capacity,
      ...(current !== '' && { current }),
      ...(cycle !== '' && { cycle }),
      ...(time !== '' && { time }),
      units: units as ColumnMapping['units'],
    },
  };
}
