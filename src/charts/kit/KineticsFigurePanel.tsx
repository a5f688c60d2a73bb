import type { ReactNode } from 'react';
import type { KineticsView } from '../../core';
import type { FigureData } from '../../export/figureData';
import { useAppStore } from '../../state/hooks';
import { selectKineticsBusy } from '../../state/selectors';
import { FigurePanel, type ChartSize, type FigurePanelProps } from './FigurePanel';
import { ImportedLegend, type ImportedLegendProps } from './ImportedLegend';
import { PinLegend, type PinLegendProps } from './PinLegend';
import { settingsKey } from './renderKey';

/** Size and render key of a kinetics chart: spread into its props as they are. */
export interface KineticsChartFit extends ChartSize {
  readonly renderedKey: string;
}

/** How a figure shows an overlay (pins, imported sets) besides drawing it. */
interface OverlayShown {
  /** What the figure draws of it now: the sentence is said only while this holds some. */
  readonly series?: readonly unknown[];
  /** The caption's last words on how it is drawn, with their leading space. */
  readonly sentence?: string;
}

export type PinsShown = OverlayShown & Pick<PinLegendProps, 'detail'>;
export type ImportedShown = OverlayShown & ImportedLegendProps;

export interface KineticsFigurePanelProps extends Pick<
  FigurePanelProps,
  'headingId' | 'heading' | 'headingLevel' | 'proportions' | 'figureRef'
> {
  /** The answer drawn, as the panel reads it (deferred); null until the first one arrives. */
  kinetics: KineticsView | null;
  data: (view: KineticsView) => FigureData;
  /** The figure's own key, and whatever sits above it; the overlays' keys follow it. */
  legend: ReactNode;
  /** Every kinetics figure draws the pins; what it says of them, if anything. */
  pins?: PinsShown;
  /** Only for figures that draw imported sets. */
  imported?: ImportedShown;
  /** The caption's one paragraph, before the overlays' sentences. */
  caption: ReactNode;
  children: (view: KineticsView, fit: KineticsChartFit) => ReactNode;
}

const sentenceOf = (shown: OverlayShown | undefined) =>
  shown?.series && shown.series.length > 0 ? shown.sentence : undefined;

/**
 * The frame of a figure of the kinetics answer: it waits for the first answer, dims while
 * a newer one computes, offers the numbers once there are some, and keys and describes the
 * pins and imported sets drawn over the model's curves.
 */
export function KineticsFigurePanel({
  kinetics,
  data,
  legend,
  pins = {},
  imported,
  caption,
  children,
  ...frame
}: KineticsFigurePanelProps) {
  const busy = useAppStore(selectKineticsBusy);
  return (
    <FigurePanel
      {...frame}
      busy={busy && kinetics !== null}
      placeholder={kinetics ? null : 'Computing the kinetics…'}
      data={kinetics && data(kinetics)}
      legend={
        <>
          {legend}
          <PinLegend detail={pins.detail} />
          {imported && <ImportedLegend relevant={imported.relevant} note={imported.note} />}
        </>
      }
      caption={
        <p>
          {caption}
          {sentenceOf(pins)}
          {sentenceOf(imported)}
        </p>
      }
    >
      {(size) =>
        kinetics &&
        children(kinetics, { ...size, renderedKey: settingsKey(kinetics.inputs, kinetics.choices) })
      }
    </FigurePanel>
  );
}
