import { symbol, symbolSquare } from 'd3';
import { compositionInSentence, compositionText } from '../../format/formula';
import { citedSource } from '../kit/ChartTooltip';
import type { MeasuredSet } from '../kit/MeasuredLayer';
import { RETENTION_AT_3C, type CellMeasurement } from '../../data/measurements';
import { shortCitation } from '../../format/citation';
import { formatFixed } from '../../format/number';

export const MEASURED_RETENTION = RETENTION_AT_3C;

/** Okabe–Ito vermillion, as for the measured rate points; squares tell them apart. */
export const MEASURED_COLOR = '#D55E00';
export const MEASURED_SYMBOL_PATH = symbol(symbolSquare, 80)() ?? '';

export const retentionIdOf = (m: CellMeasurement) => `retention-${m.compositionId}`;

export const MEASURED_RETENTION_LABEL = `measured (${
  MEASURED_RETENTION[0] ? shortCitation(MEASURED_RETENTION[0]) : ''
})`;

export const describeMeasuredRetention = (m: CellMeasurement): string =>
  `Measured 3 C retention ${formatFixed(m.value, 1)} % of the 0.2 C capacity, ` +
  `${compositionInSentence(m.compositionId, m.xGe)}; source ${shortCitation(m)}`;

/** The study's 3 C retentions as the retention figure shows them. */
export const MEASURED_RETENTION_SET: MeasuredSet<CellMeasurement> = {
  items: MEASURED_RETENTION,
  idOf: retentionIdOf,
  at: (m) => [m.xGe, m.value],
  testId: 'measured-retention-point',
  symbol: MEASURED_SYMBOL_PATH,
  fill: MEASURED_COLOR,
  label: describeMeasuredRetention,
  data: (m) => ({ 'data-composition': m.compositionId }),
  tooltip: {
    title: 'Measured 3 C retention',
    rows: (m) => [
      ['Value', `${formatFixed(m.value, 1)} % of the 0.2 C capacity`],
      ['Composition', compositionText(m.compositionId, m.xGe)],
    ],
    source: citedSource,
  },
};
