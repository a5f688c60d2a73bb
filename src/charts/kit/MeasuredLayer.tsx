import { memo, useId, useMemo, useState, type ReactNode } from 'react';
import { ChartTooltip } from './ChartTooltip';
import { FocusableMarker } from './FocusableMarker';
import type { FigureBox } from './plotScales';

type DataAttributes = Readonly<Record<`data-${string}`, string | number>>;

/** What a measured mark's tooltip says, kept beside the data it describes. */
export interface TooltipContent<T> {
  /** The same for every mark, or each mark's own. */
  readonly title: ReactNode | ((m: T) => ReactNode);
  /** Label–value rows. */
  readonly rows: (m: T) => readonly (readonly [ReactNode, ReactNode])[];
  /** Where the value comes from (citedSource for a published measurement). */
  readonly source: (m: T) => ReactNode;
}

/**
 * A figure's measured data as the figure shows them, declared once beside the data: where
 * each sits (in data units), how it looks, what it announces and what its tooltip says.
 */
export interface MeasuredSet<T> {
  readonly items: readonly T[];
  readonly idOf: (m: T) => string;
  /** Position in data units: [x, y]. */
  readonly at: (m: T) => readonly [number, number];
  /** The marks' data-testid, the e2e tests' handle. */
  readonly testId: string;
  /** Symbol path centred on (0, 0); a set drawn by its own marks (bars) has none. */
  readonly symbol?: string | ((m: T) => string);
  readonly fill?: string | ((m: T) => string);
  /** What a screen reader announces for a mark: value, composition, source. */
  readonly label: (m: T) => string;
  readonly data?: (m: T) => DataAttributes;
  readonly tooltip: TooltipContent<T>;
}

/** The figure's scales, size and margin (its PlotScales): where marks and tooltip go. */
export interface MeasuredFrame extends FigureBox {
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
}

/**
 * A measured set placed in one figure, with which mark's tooltip is open. One object for the
 * marks inside the SVG and the tooltip laid over it, so the two always agree.
 */
export interface MeasuredLayer<T> {
  readonly set: MeasuredSet<T>;
  readonly frame: MeasuredFrame;
  readonly activeId: string | null;
  readonly setActiveId: (id: string | null) => void;
  /** The tooltip's element id, which the active mark's aria-describedby names. */
  readonly tooltipId: string;
}

/** Memoised on its parts, so a figure's static layers stay memoised while a drag runs. */
export function useMeasuredLayer<T>(set: MeasuredSet<T>, frame: MeasuredFrame): MeasuredLayer<T> {
  const [activeId, setActiveId] = useState<string | null>(null);
  const tooltipId = `${useId()}-tooltip`;
  const { x, y, width, height, margin } = frame;
  return useMemo(
    () => ({ set, frame: { x, y, width, height, margin }, activeId, setActiveId, tooltipId }),
    [set, x, y, width, height, margin, activeId, tooltipId],
  );
}

const placeOf = <T,>({ set, frame }: MeasuredLayer<T>, m: T): [number, number] => {
  const [xv, yv] = set.at(m);
  return [frame.x(xv), frame.y(yv)];
};

const valueOf = <T, V>(v: V | ((m: T) => V), m: T): V =>
  typeof v === 'function' ? (v as (m: T) => V)(m) : v;

/** The measured marks, each focusable and opening the layer's tooltip. */
export const MeasuredMarkers = memo(function MeasuredMarkers<T>({
  layer,
  fill,
  className = 'measured',
}: {
  layer: MeasuredLayer<T>;
  /** Overrides the set's fill, e.g. hollow where the data belong to another composition. */
  fill?: string;
  className?: string;
}) {
  const { set } = layer;
  return (
    <g className={className}>
      {set.items.map((m) => {
        const id = set.idOf(m);
        const [x, y] = placeOf(layer, m);
        return (
          <FocusableMarker
            key={id}
            id={id}
            testId={set.testId}
            x={x}
            y={y}
            d={valueOf(set.symbol ?? '', m)}
            fill={fill ?? valueOf(set.fill ?? 'currentColor', m)}
            label={set.label(m)}
            active={layer.activeId === id}
            tooltipId={layer.tooltipId}
            onActivate={layer.setActiveId}
            data={set.data?.(m)}
          />
        );
      })}
    </g>
  );
}) as <T>(props: { layer: MeasuredLayer<T>; fill?: string; className?: string }) => ReactNode;

/** The open mark's tooltip, beside it; nothing while no mark is open. */
export function PointTooltip<T>({ layer }: { layer: MeasuredLayer<T> }) {
  const { set, frame, activeId } = layer;
  const m = set.items.find((item) => set.idOf(item) === activeId);
  if (m === undefined) return null;
  const [x, y] = placeOf(layer, m);
  const { tooltip } = set;
  return (
    <ChartTooltip
      id={layer.tooltipId}
      left={frame.margin.left + x}
      top={frame.margin.top + y}
      frameWidth={frame.width}
      frameHeight={frame.height}
      title={typeof tooltip.title === 'function' ? tooltip.title(m) : tooltip.title}
      rows={tooltip.rows(m)}
      source={tooltip.source(m)}
    />
  );
}
