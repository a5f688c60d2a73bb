import { format } from 'd3-format';
import { memo, useId } from 'react';
import type { StoredRatePoint } from '../../charts/parity/storedAssessment';
import { formatFixed } from '../../format/number';
import { formulaOf } from '../../format/formula';
import { Pinned, ScrollTable } from '../ScrollTable';

const signed1 = format('+.1f');

/** "capacity at 0.5 C" → "0.5 C"; other wordings as stored. */
const rateOf = (quantity: string): string => quantity.replace(/^capacity at\s+/i, '');

/**
 * Si₇Ge's rate curve over its own 0.2 C capacity: whether the model loses capacity with
 * rate the way the cells did, apart from how far its absolute capacity is off.
 */
export const RateShapeTable = memo(function RateShapeTable({
  points,
}: {
  points: readonly StoredRatePoint[];
}) {
  const captionId = `${useId()}-caption`;
  return (
    <ScrollTable captionId={captionId}>
      <table className="fit-table rate-shape-table" data-testid="rate-shape-table">
        <caption id={captionId}>
          <Pinned>
            {formulaOf('Si7Ge')}&rsquo;s capacity at each C-rate as a share of its 0.2 C capacity:
            the shape of the rate curve alone, whatever the error in its absolute capacity.
          </Pinned>
        </caption>
        <thead>
          <tr>
            <th scope="col">C-rate</th>
            <th scope="col" className="num">
              Measured, %
            </th>
            <th scope="col" className="num">
              Model, %
            </th>
            <th scope="col" className="num">
              Model − measured, pt
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.quantity} data-testid="rate-shape-row">
              <th scope="row">{rateOf(p.quantity)}</th>
              <td className="num">{formatFixed(p.measured, 1)}</td>
              <td className="num">{formatFixed(p.model, 1)}</td>
              <td className="num">{signed1(p.error)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
});
