import { memo } from 'react';
import {
  compositionText,
  quantityLabel,
  residualText,
  scoreText,
  shortSource,
  targetText,
  valueText,
  verdictText,
} from '../../charts/parity/describeFigure';
import { FIT_FAMILIES, type FitFamily, type FitFigure } from '../../charts/parity/fitFigures';

const GROUPS: Record<FitFamily, string> = {
  transport: 'Conductivity and diffusivity (fitted on a log scale)',
  capacity: 'Capacities',
  percent: 'Retention, first-cycle efficiency and Li inventory',
};

/**
 * Every fitted figure in one table: the parity plots' facts for screen readers, and the
 * list a researcher scans for what the model gets wrong.
 */
// memo: static data; the page re-renders around it on every drag step.
export const ResidualTable = memo(function ResidualTable({
  figures,
}: {
  figures: readonly FitFigure[];
}) {
  return (
    <div className="table-scroll">
      <table className="residual-table" data-testid="residual-table">
        <caption>
          Every fitted figure: measured, model, residual (model − measured) and the target it is
          judged against; residual ÷ target beyond ±1 misses.
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Composition</th>
            <th scope="col">Measured</th>
            <th scope="col">Model</th>
            <th scope="col">Residual</th>
            <th scope="col">Target</th>
            <th scope="col">Residual ÷ target</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        {FIT_FAMILIES.map((family) => {
          const rows = figures.filter((f) => f.family === family);
          if (rows.length === 0) return null;
          return (
            <tbody key={family}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={8}>
                  {GROUPS[family]}
                </th>
              </tr>
              {rows.map((f) => (
                <tr
                  key={f.id}
                  data-testid="residual-row"
                  data-figure={f.id}
                  data-within={String(f.within)}
                  className={f.within ? undefined : 'is-miss'}
                >
                  <th scope="row">{quantityLabel(f)}</th>
                  <td className="composition">{compositionText(f)}</td>
                  <td className="num">{valueText(f, f.measured)}</td>
                  <td className="num">{valueText(f, f.model)}</td>
                  <td className="num">{residualText(f)}</td>
                  <td className="num">{targetText(f)}</td>
                  <td className="num verdict">
                    {scoreText(f)} <span className="verdict-word">{verdictText(f)}</span>
                  </td>
                  <td>{shortSource(f)}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
});
