import { memo } from 'react';
import { ScrollTable } from '../../components/ScrollTable';
import { compositionInSentence } from '../../format/formula';
import {
  formatScientific,
  formatSignificant,
  formatSigned,
  formatPublished,
} from '../../format/number';
import { MEASURED_POINTS, MEASUREMENT_TEMPERATURE_C } from './measuredPoints';
import { SERIES } from './series';
import { HtmlSigma } from './Sigma';

/**
 * The measured points as a table: the same facts as the markers' tooltips, for
 * screen readers (the chart is one image to them) and for copying into notes.
 */
// memo: static content, so a new result (every drag step) skips it.
export const MeasuredDataTable = memo(function MeasuredDataTable() {
  return (
    <details className="data-table">
      <summary>Measured values and model fit (table)</summary>
      <ScrollTable captionId="conductivity-table-caption">
        <table>
          <caption id="conductivity-table-caption">
            Conductivities measured at {MEASUREMENT_TEMPERATURE_C} °C beside the calibrated model
          </caption>
          <thead>
            <tr>
              <th scope="col">Quantity</th>
              <th scope="col">Composition</th>
              <th scope="col">Measured (S/cm)</th>
              <th scope="col">Model (S/cm)</th>
              <th scope="col">
                log<sub>10</sub> error
              </th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {MEASURED_POINTS.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <HtmlSigma sub={SERIES[p.series].subscript} /> {SERIES[p.series].name}
                </th>
                <td>{compositionInSentence(p.compositionId, p.xGe)}</td>
                <td className="num">{formatPublished(p.value)}</td>
                <td className="num">{formatScientific(p.model)}</td>
                <td className="num">
                  {formatSigned(p.log10Error)} (×{formatSignificant(10 ** Math.abs(p.log10Error))})
                </td>
                <td>
                  {p.sourceKey}, {p.sourceDetail.split(';')[0]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </details>
  );
});
