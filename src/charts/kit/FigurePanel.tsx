import type { ReactNode, Ref } from 'react';
import { DownloadCsv } from '../../export/DownloadCsv';
import { DownloadFigure } from '../../export/DownloadFigure';
import type { FigureData } from '../../export/figureData';
import { useElementWidth } from '../useElementWidth';
import { heightFor, type Proportions } from './frame';
import { useDelayedFlag } from './useDelayedFlag';
import { SectionBoundary } from '../../components/SectionBoundary';

export interface FigurePanelProps {
  /** id of the heading, which names the figure. */
  headingId: string;
  heading: ReactNode;
  /** Level of the heading: 4 for figures under a sub-heading of the kinetics section. */
  headingLevel?: 3 | 4;
  /** A newer answer is on its way: the drawing stays, dimmed, until it arrives. */
  busy: boolean;
  /** Dim the drawing while busy (default); off where the figure shows progress itself. */
  dimWhileBusy?: boolean;
  /** Key to the figure, above it (HTML, so that it wraps on narrow screens). */
  legend?: ReactNode;
  /** What is drawn and where it comes from, below the figure. */
  caption: ReactNode;
  proportions: Proportions;
  /** Shown instead of the chart while there is nothing to draw yet. */
  placeholder: string | null;
  /** The numbers behind the figure, offered as a CSV download (none while there are none). */
  data?: FigureData | null;
  /** Draws the chart at the measured size. */
  children: (size: ChartSize) => ReactNode;
  /** The figure element, for a panel that asks whether it is on screen (useFigureStore). */
  figureRef?: Ref<HTMLElement>;
}

/** The size a chart is drawn at, px: spread into a chart's props as it is. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Calls the drawing in a component of its own, so that an error while drawing is thrown
 * inside the boundary around it (and stays in this figure) rather than in the panel.
 */
function Drawing({ draw }: { readonly draw: () => ReactNode }) {
  return <>{draw()}</>;
}

/** Width used before layout is known (and in jsdom, which has none). */
const FALLBACK_WIDTH = 480;
/** Answers quicker than this never show the computing state. */
export const BUSY_DELAY_MS = 150;

/**
 * The frame every kinetics figure shares: heading, legend, a measured chart area,
 * caption, and the computing state — previous drawing kept and dimmed, never blanked,
 * so the eye can compare before and after.
 */
export function FigurePanel({
  headingId,
  heading,
  headingLevel = 3,
  busy,
  dimWhileBusy = true,
  legend,
  caption,
  proportions,
  placeholder,
  data = null,
  children,
  figureRef,
}: FigurePanelProps) {
  const [frameRef, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const height = heightFor(width, proportions);
  const showBusy = useDelayedFlag(busy, BUSY_DELAY_MS);
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <figure
      ref={figureRef}
      className={`panel chart-panel kinetics-figure${showBusy && dimWhileBusy ? ' is-dimmed' : ''}`}
      aria-labelledby={headingId}
      aria-busy={showBusy}
    >
      <div className="figure-head">
        <Heading id={headingId}>{heading}</Heading>
        {showBusy && (
          <span className="busy-badge" aria-hidden="true">
            computing…
          </span>
        )}
        {data && <DownloadCsv data={data} describedBy={headingId} />}
        {data && <DownloadFigure data={data} describedBy={headingId} />}
      </div>
      {legend}
      <div ref={frameRef} className="chart-container">
        {placeholder === null ? (
          <SectionBoundary name="this figure">
            <Drawing draw={() => children({ width, height })} />
          </SectionBoundary>
        ) : (
          <div className="chart-placeholder" style={{ height }}>
            {placeholder}
          </div>
        )}
      </div>
      <figcaption className="chart-caption">{caption}</figcaption>
    </figure>
  );
}
