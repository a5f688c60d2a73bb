import { Fragment, useId } from 'react';
import type { FittedParameter } from '../../core/refit/types';
import { formatSignificant } from '../../format/number';
import { NAMES, SymbolText } from '../modelFit/ParameterTable';
import { Pinned, ScrollTable } from '../ScrollTable';

/** "0.8996 ± 0.43 decades"; what stands for a sigma the refit could not give, in words. */
function valueText(f: FittedParameter): string {
  const unit = f.unit ? ` ${f.unit}` : '';
  const value = formatSignificant(f.value, 4);
  if (Number.isNaN(f.sigma)) return `${value}${unit}, no uncertainty`;
  if (!Number.isFinite(f.sigma)) return `${value}${unit} ± ∞`;
  return `${value} ± ${formatSignificant(f.sigma, 2)}${unit}`;
}

/**
 * The refit parameters, each value ± 1σ with its unit. Under a parameter the data cannot
 * pin, the value says "not pinned" and a note row across the table says why (in words and
 * with a sign, never by colour alone); two columns, so that it fits the panel on a phone.
 */
export function FittedTable({ fitted }: { fitted: readonly FittedParameter[] }) {
  const captionId = `${useId()}-caption`;
  return (
    <ScrollTable captionId={captionId}>
      <table className="refit-table" data-testid="refit-table">
        <caption id={captionId}>
          <Pinned>Refit parameters: value ± one standard deviation</Pinned>
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value ± 1σ</th>
          </tr>
        </thead>
        <tbody>
          {fitted.map((f) => (
            <Fragment key={f.key}>
              <tr data-testid="refit-row" data-key={f.key} data-pinned={String(f.pinned)}>
                <th scope="row">
                  <SymbolText text={f.symbol} />{' '}
                  <span className="refit-name">{NAMES[f.key] ?? f.key}</span>
                </th>
                <td className="num">
                  <span className="nowrap">{valueText(f)}</span>
                  {!f.pinned && <strong className="refit-unpinned">not pinned</strong>}
                </td>
              </tr>
              {f.warning && (
                <tr className="refit-warning-row">
                  <td colSpan={2}>
                    <p role="note" className="refit-warning" data-testid="refit-warning">
                      <span aria-hidden="true">⚠ </span>
                      {f.warning}
                    </p>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
