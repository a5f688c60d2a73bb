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
 * The table inside MeasuredDataTable's <details>: the measured points beside the model. A
 * chunk of its own, fetched when the page is idle: the table starts closed.
 */
export function MeasuredDataRows() {
  return (
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
  );
}
