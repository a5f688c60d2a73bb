import { interpolateViridis } from 'd3-scale-chromatic';
import { Axis } from '../kit/Axis';
import type { MapScales } from './useMapScales';

const BAR_HEIGHT = 12;
/** Colour stops along the bar: enough that the gradient shows no bands. */
const STOPS = Array.from({ length: 11 }, (_, k) => k / 10);

export interface ColourKeyProps {
  readonly scales: MapScales;
  /** The figure with its unit. */
  readonly title: string;
  /** Id of the gradient, unique on the page. */
  readonly gradientId: string;
  /** Where the key's top lies, in plot coordinates (above the plot: negative). */
  readonly top: number;
  /** Whether any value has arrived: before, the bar has no numbers to show. */
  readonly known: boolean;
}

/**
 * The key from colour to value: a viridis bar over the values computed so far, its ticks
 * below and the figure with its unit above, in the room above the plot.
 */
export function ColourKey({ scales, title, gradientId, top, known }: ColourKeyProps) {
  const { key, keyTicks, keyWidth } = scales;
  return (
    <g className="colour-key" transform={`translate(0,${top})`} data-testid="map-colour-key">
      <defs>
        <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
          {STOPS.map((t) => (
            <stop key={t} offset={t} stopColor={interpolateViridis(t)} />
          ))}
        </linearGradient>
      </defs>
      <rect
        x={0}
        y={0}
        width={keyWidth}
        height={BAR_HEIGHT}
        fill={`url(#${gradientId})`}
        aria-hidden="true"
      />
      <Axis
        orient="bottom"
        scale={key}
        ticks={known ? keyTicks : []}
        length={keyWidth}
        offset={BAR_HEIGHT}
        title={title}
        titleOffset={-BAR_HEIGHT - 6}
      />
    </g>
  );
}
