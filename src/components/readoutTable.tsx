import type { ReactNode } from 'react';

/**
 * The rows of a readout table: a name and a value, with the comparison in smaller type
 * under the value rather than in a third column (phones have no room for one).
 */

/** The label's column, then the value's. */
export function ReadoutColumns() {
  return (
    <colgroup>
      <col className="col-label" />
      <col />
    </colgroup>
  );
}

/** A heading row that names the rows below it. */
export function GroupRow({ children }: { children: ReactNode }) {
  return (
    <tr className="group-row">
      <th scope="rowgroup" colSpan={2}>
        {children}
      </th>
    </tr>
  );
}

/** One figure: its name, its value (absent for a row that is only a note) and a note. */
export function ReadoutRow({
  testId,
  label,
  value,
  note,
}: {
  testId?: string;
  label: ReactNode;
  value?: ReactNode;
  note?: ReactNode;
}) {
  return (
    <tr data-testid={testId}>
      <th scope="row">{label}</th>
      <td>
        {value !== undefined && <span className="num">{value}</span>}
        {note !== undefined && note !== false && <span className="note">{note}</span>}
      </td>
    </tr>
  );
}
