import type { ReactNode } from 'react';
import { formatScientific, formatSignificant, formatSigned } from '../../format/number';

/** A measured transport value's tooltip rows after its own: the model there, and how far off. */
export function modelRows(
  m: { readonly model: number; readonly log10Error: number; readonly unit: string },
  temperatureC: number,
): (readonly [ReactNode, ReactNode])[] {
  const factor = 10 ** Math.abs(m.log10Error);
  return [
    [`Model, ${temperatureC} °C`, `${formatScientific(m.model)} ${m.unit}`],
    [
      <>
        log<sub>10</sub> error
      </>,
      `${formatSigned(m.log10Error)} (factor ${formatSignificant(factor, 3)})`,
    ],
  ];
}
