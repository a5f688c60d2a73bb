import { useContext, useId } from 'react';
import { useStore } from 'zustand';
import type { RefitResidual } from '../../core/refit/types';
import { formatFixed, formatSignificant } from '../../format/number';
import { StoreContext } from '../../state/context';
import type { AppStore } from '../../state/store';
import { Missing, Pinned, ScrollTable } from '../ScrollTable';

/** "−8.51 %", with a true minus sign and no "−0.00". */
function relativeText(r: RefitResidual): string {
  const percent = 100 * r.relative;
  const text = formatFixed(Math.abs(percent) < 0.005 ? 0 : percent, 2);
  return `${percent > 0 && text !== '0.00' ? '+' : ''}${text} %`;
}

const COLUMNS = ['Figure', 'Data', 'Model', 'Relative'] as const;

function YourCellPart({ store }: { store: AppStore }) {
  const refit = useStore(store, (s) => s.refit);
  const captionId = `${useId()}-caption`;
  if (!refit) return null;
  return (
    <section
      className="panel your-cell"
      aria-labelledby="your-cell-heading"
      data-testid="your-cell"
    >
      <h3 id="your-cell-heading">Your cell</h3>
      <p className="hint">
        The model with the parameters {refit.source}
        {refit.stopped ? ' (stopped early: the best so far)' : ''}, against your data. Relative:
        (model − data) ÷ data.
      </p>
      {refit.residuals.length === 0 ? (
        <p data-testid="your-cell-empty">
          No residuals: the refit was stopped before they were known.
        </p>
      ) : (
        <ScrollTable captionId={captionId}>
          <table className="refit-residuals" data-testid="your-cell-residuals">
            <caption id={captionId}>
              <Pinned>Your data against the model, capacities in mAh/g</Pinned>
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((name) => (
                  <th key={name} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {refit.residuals.map((r) => (
                <tr key={r.label} data-testid="your-cell-row">
                  {/* "0.2 C" never breaks between the number and its unit. */}
                  <th scope="row">{r.label.replace(/ C$/, '\u00a0C')}</th>
                  <td className="num">{formatSignificant(r.data, 5)}</td>
                  <td className="num">
                    {Number.isFinite(r.model) ? (
                      formatSignificant(r.model, 5)
                    ) : (
                      <Missing why="no value from the model" />
                    )}
                  </td>
                  <td className="num">
                    {Number.isFinite(r.model) ? relativeText(r) : <Missing why="no value" />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

/**
 * "Your cell" in Model vs experiment: the refit on show against the user's own data, once
 * there is one. That section is static and also renders outside the app (tests, the
 * figure view), where no store exists and there is nothing to show.
 */
export function YourCellResiduals() {
  const store = useContext(StoreContext);
  return store ? <YourCellPart store={store} /> : null;
}
