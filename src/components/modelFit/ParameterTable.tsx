import { format } from 'd3-format';
import { memo, useId } from 'react';
import type {
  StoredCrossValidation,
  StoredUncertainty,
} from '../../charts/parity/storedAssessment';
import { formatFixed } from '../../format/number';
import { Missing, Pinned, ScrollTable } from '../ScrollTable';

/**
 * What each fitted kinetic parameter does, in words a reader without the model can follow
 * (no-break spaces keep "θ = 0.1" and "1 h" on one line).
 */
export const NAMES: Readonly<Record<string, string>> = {
  electronicLithiationGain_decades: 'σe gain from pristine to lithiated',
  ionicLithiationGain_decades: 'σi gain from pristine to lithiated',
  diffusivityDiluteEnd_decades: 'D at θ\u00a0=\u00a00 relative to θ\u00a0=\u00a00.1',
  diffusivityLithiationGain_decades: 'D rise from θ\u00a0=\u00a00.1 to 1',
  siliconCoreFraction: 'unconverted core of pure Si',
  coreTransportExponent: 'how the core shrinks with ambipolar conductivity',
  log10SideFilm1h_C_per_cm2: 'side-reaction film after 1\u00a0h at 0\u00a0V',
};

// Fixed significant figures per column (trailing zeros kept): 3 for values, 2 for σ.
const value3 = format(',.3r');
const sigma2 = format(',.2r');
// Bounds as stated, with a true minus sign: −6, 0.5.
const bound = format(',~r');

/** "f_Si" → f with a subscript Si; other symbols as stored. */
export function SymbolText({ text }: { text: string }) {
  const [base, sub] = text.split('_', 2);
  return sub ? (
    <>
      {base}
      <sub>{sub}</sub>
    </>
  ) : (
    <>{text}</>
  );
}

/** "8.22…8.51": the value refitted with each composition left out in turn, lowest to highest. */
function refitRange(key: string, rounds: readonly StoredCrossValidation[]): string | null {
  const values = rounds.map((r) => r.params[key]).filter((v): v is number => v !== undefined);
  if (values.length === 0) return null;
  return `${value3(Math.min(...values))}…${value3(Math.max(...values))}`;
}

/** Whether the value the fit landed on can be taken as the data's. */
function flagOf(p: StoredUncertainty): string | null {
  if (p.atBound) {
    const side =
      p.min !== null && p.max !== null
        ? Math.abs(p.value - p.min) <= Math.abs(p.value - p.max)
          ? 'lower '
          : 'upper '
        : '';
    return `at its ${side}bound — the bound, not the data, sets it`;
  }
  // A one-σ spread wider than the whole range allowed: the fit's value is one of many.
  if (typeof p.sigma === 'number' && p.min !== null && p.max !== null && p.sigma > p.max - p.min) {
    return 'σ wider than the range allowed: the data barely constrain it';
  }
  return null;
}

function SigmaCell({ sigma }: { sigma: StoredUncertainty['sigma'] }) {
  if (sigma === undefined) return <Missing />;
  if (sigma === null) return <span className="flag">unidentified</span>;
  return <>± {sigma2(sigma)}</>;
}

/**
 * The fitted kinetic parameters with their uncertainty: the table that says which of the
 * model's knobs the data actually set, and which merely sit where the fit left them.
 */
export const ParameterTable = memo(function ParameterTable({
  parameters,
  rounds,
  objective,
}: {
  parameters: readonly StoredUncertainty[];
  rounds: readonly StoredCrossValidation[];
  objective: number | null;
}) {
  const captionId = `${useId()}-caption`;
  const showRefits = rounds.length > 0;
  return (
    <ScrollTable captionId={captionId}>
      <table className="fit-table parameter-table" data-testid="parameter-table">
        <caption id={captionId}>
          <Pinned>
            The electrode model&rsquo;s fitted parameters. σ is one standard deviation, from how
            sharply the fit&rsquo;s least squares
            {objective !== null && ` (${formatFixed(objective, 1)} at the optimum)`} rise around
            each value; a parameter at a bound of its allowed range is set by that bound.
            {showRefits &&
              ' “Refitted” gives the lowest and highest value of the fits that each left one composition out.'}
          </Pinned>
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Symbol</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col" className="num">
              σ
            </th>
            <th scope="col">Unit</th>
            <th scope="col" className="num">
              Range allowed
            </th>
            {showRefits && (
              <th scope="col" className="num">
                Refitted
              </th>
            )}
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => {
            const flag = flagOf(p);
            const refits = showRefits ? refitRange(p.key, rounds) : null;
            return (
              <tr
                key={p.key}
                data-testid="parameter-row"
                data-key={p.key}
                data-at-bound={String(p.atBound)}
                className={flag ? 'is-flagged' : undefined}
              >
                <th scope="row">{NAMES[p.key] ?? p.key}</th>
                <td className="symbol">
                  <SymbolText text={p.symbol} />
                </td>
                <td className="num">{value3(p.value)}</td>
                <td className="num">
                  <SigmaCell sigma={p.sigma} />
                </td>
                <td>{p.unit === '' ? <Missing why="dimensionless" /> : p.unit}</td>
                <td className="num">
                  {p.min !== null && p.max !== null ? (
                    `${bound(p.min)} to ${bound(p.max)}`
                  ) : (
                    <Missing />
                  )}
                </td>
                {showRefits && <td className="num">{refits ?? <Missing />}</td>}
                <td className="note">{flag && <strong className="flag">{flag}</strong>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
});
