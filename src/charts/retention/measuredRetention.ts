import { citedSource } from '../kit/ChartTooltip';
import type { MeasuredSet } from '../kit/MeasuredLayer';
import { compositionRow, MEASURED_SQUARES, measuredOn } from '../kit/measuredOn';
import { RETENTION_AT_3C, type CellMeasurement } from '../../data/measurements';
import { shortCitation } from '../../format/citation';
import { formatFixed } from '../../format/number';

export const MEASURED_RETENTION = RETENTION_AT_3C;

/** Vermillion, as for the measured rate points; squares tell them apart. */
export { MEASURED_COLOR } from '../kit/measuredOn';
export const MEASURED_SYMBOL_PATH = MEASURED_SQUARES.symbol;

export const retentionIdOf = (m: CellMeasurement) => `retention-${m.compositionId}`;

export const MEASURED_RETENTION_LABEL = `measured (${
  MEASURED_RETENTION[0] ? shortCitation(MEASURED_RETENTION[0]) : ''
})`;

export const describeMeasuredRetention = (m: CellMeasurement): string =>
  `Measured 3 C retention ${formatFixed(m.value, 1)} % of the 0.2 C capacity, ${measuredOn(m)}`;

/** The study's 3 C retentions as the retention figure shows them. */
export const MEASURED_RETENTION_SET: MeasuredSet<CellMeasurement> = {
  items: MEASURED_RETENTION,
  idOf: retentionIdOf,
  at: (m) => [m.xGe, m.value],
  testId: 'measured-retention-point',
  ...MEASURED_SQUARES,
  label: describeMeasuredRetention,
  tooltip: {
    title: 'Measured 3 C retention',
    rows: (m) => [
      ['Value', `${formatFixed(m.value, 1)} % of the 0.2 C capacity`],
      compositionRow(m),
    ],
    source: citedSource,
  },
};
