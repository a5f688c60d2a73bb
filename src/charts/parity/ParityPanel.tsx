import type { ReactNode } from 'react';
import type { Proportions } from '../kit/frame';
import { FigurePanel } from '../kit/FigurePanel';
import { exceptionsText } from './describeFigure';
import { tally, type FitFamily, type FitFigure } from './fitFigures';
import { ParityChart } from './ParityChart';
import { ParityLegend } from './ParityLegend';

/** Square plots (the margins take a little more height than width). */
const PROPORTIONS: Proportions = { ratio: 1.02, min: 240, max: 460 };

export interface ParityPanelProps {
  family: FitFamily;
  figures: readonly FitFigure[];
  heading: string;
  /** For the figure's title: "conductivity and diffusivity". */
  subject: string;
  unit: string;
  /** What the band or whiskers mean for this family. */
  targetNote: ReactNode;
}

/** One unit family's parity plot, in the frame the kinetics figures share. */
export function ParityPanel({
  family,
  figures,
  heading,
  subject,
  unit,
  targetNote,
}: ParityPanelProps) {
  const headingId = `parity-${family}-heading`;
  const counts = tally(figures);
  return (
    <FigurePanel
      headingId={headingId}
      heading={heading}
      busy={false}
      proportions={PROPORTIONS}
      placeholder={counts.total > 0 ? null : 'No residuals stored yet: run npm run calibrate.'}
      legend={<ParityLegend figures={figures} label={`Legend: ${subject}`} />}
      caption={
        <p>
          <strong data-testid={`parity-tally-${family}`}>
            {counts.within} of {counts.total} within their target{exceptionsText(counts)}.
          </strong>{' '}
          {targetNote} Hollow points miss it
          {counts.absent > 0 && '; slashed ones have no mechanism in the model'}
          {counts.trend > 0 && '; grey ones are trends only (not converged)'}.
        </p>
      }
    >
      {(size) => (
        <ParityChart family={family} figures={figures} subject={subject} unit={unit} {...size} />
      )}
    </FigurePanel>
  );
}
