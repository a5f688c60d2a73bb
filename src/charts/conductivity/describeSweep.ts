import type { ConductivityPoint, Interval } from '../../core';
import { formatInputValue, formatScientific } from '../../format/number';

/**
 * A one-paragraph text version of the figure, for screen readers and anyone who
 * cannot see the curves: the trend of each series and where they balance.
 */
export function describeSweep(
  sweep: readonly ConductivityPoint[],
  balanced: readonly Interval[],
  temperatureC: number,
): string {
  const first = sweep[0];
  const last = sweep[sweep.length - 1];
  if (!first || !last) return 'No model curves yet.';
  const peak = sweep.reduce((best, p) => (p.ionic > best.ionic ? p : best), first);
  const ranges = balanced
    .map((r) => `${formatInputValue(r.from)} to ${formatInputValue(r.to)}`)
    .join(' and ');
  return (
    `Model at ${formatInputValue(temperatureC)} °C. Electronic conductivity rises from ` +
    `${formatScientific(first.electronic)} S/cm at x = 0 to ${formatScientific(last.electronic)} ` +
    `S/cm at x = 1. Ionic conductivity peaks at ${formatScientific(peak.ionic)} S/cm near ` +
    `x = ${formatInputValue(peak.xGe)}. ` +
    (ranges
      ? `The two are within one decade (balanced) for x from ${ranges}.`
      : 'The two are nowhere within one decade of each other.') +
    ' Markers show the measured values (room temperature).'
  );
}
