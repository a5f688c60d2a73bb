import type { LimitingProcess as Process } from '../../core/kinetics/protocol';
import type { KineticsView } from '../../core';
import { formatFixed, formatSignificant } from '../../format/number';

export interface LimitingProcessProps {
  limitation: KineticsView['limitation'];
  /** "lithiation at 1 C, 50 % of theoretical capacity": when the breakdown applies. */
  moment: string;
}

const pct = (share: number) => `${formatFixed(100 * share, 0)} %`;

/**
 * "Limited by ionic transport (62 % of the 0.21 V polarisation)"; when no current
 * flowed at the snapshot there is nothing to share out, and the sentence says so.
 */
export function limitingSentence({ process, shares, polarization_V }: KineticsView['limitation']) {
  if (!(polarization_V > 0)) return 'No limiting process: no current flowed at the snapshot';
  return (
    `Limited by ${process} (${pct(shares[process])} of the ` +
    `${formatSignificant(polarization_V, 2)} V polarisation)`
  );
}

/**
 * The process that costs the most voltage at the snapshot, in words, with every
 * process's share beneath as a bar: the number says it, the bar shows it.
 */
export function LimitingProcess({ limitation, moment }: LimitingProcessProps) {
  const ranked = (Object.entries(limitation.shares) as [Process, number][]).sort(
    (a, b) => b[1] - a[1],
  );
  return (
    <div className="limiting">
      <p className="limiting-sentence" data-testid="limiting-process">
        {limitingSentence(limitation)}
      </p>
      <p className="hint">Breakdown of the polarisation at the snapshot, {moment}:</p>
      <ul className="share-bars">
        {ranked.map(([process, share]) => (
          <li key={process} data-process={process}>
            <span className="share-name">{process}</span>
            <span className="share-track" aria-hidden="true">
              <span
                className="share-bar"
                style={{ width: `${Math.max(0, Math.min(100, 100 * share))}%` }}
              />
            </span>
            <span className="share-value num">{pct(share)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
