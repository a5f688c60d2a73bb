import type { ReactNode } from 'react';
import { Legend, type LegendEntry } from '../kit/Legend';
import { NO_VALUE_DOT, PENDING_FILL } from './HeatmapCells';
import type { MapDisplay } from './mapDisplay';

const SWATCH = { width: 34, height: 16 } as const;

function Patch({ children }: { children: ReactNode }) {
  return (
    <svg {...SWATCH} aria-hidden="true">
      {children}
    </svg>
  );
}

const box = { x: 9, y: 1, width: 16, height: 14, stroke: '#8c959f', strokeWidth: 0.75 } as const;

const pending = (
  <Patch>
    <rect {...box} fill={PENDING_FILL} />
  </Patch>
);

const noValue = (
  <Patch>
    <rect {...box} fill="#fff" />
    {[13, 17, 21].map((cx) =>
      [5, 11].map((cy) => <circle key={`${cx},${cy}`} cx={cx} cy={cy} r={1} fill={NO_VALUE_DOT} />),
    )}
  </Patch>
);

const clamped = (
  <Patch>
    <rect {...box} fill="#21918c" />
    {[12, 17, 22].map((x) => (
      <g key={x}>
        <line x1={x - 3} x2={x + 3} y1={15} y2={1} stroke="#fff" strokeWidth={1.2} />
        <line x1={x - 2} x2={x + 4} y1={15} y2={1} stroke="#1f2328" strokeWidth={1} />
      </g>
    ))}
  </Patch>
);

const best = (
  <Patch>
    <circle cx={17} cy={8} r={6} fill="none" stroke="#fff" strokeWidth={3.5} />
    <circle cx={17} cy={8} r={6} fill="none" stroke="#1f2328" strokeWidth={1.75} />
  </Patch>
);

/**
 * The key to the marks other than colour (the colour key is in the figure), each only
 * while the map shows it: a key to nothing drawn would puzzle.
 */
export function MapLegend({ display }: { display: MapDisplay }) {
  const bestLabel = display.computed < display.nx * display.ny ? 'best so far' : 'best cell';
  const marks: readonly (LegendEntry | false)[] = [
    display.cells.some((c) => c.state === 'pending') && {
      key: 'pending',
      swatch: pending,
      label: 'not computed yet',
    },
    display.empty > 0 && { key: 'empty', swatch: noValue, label: 'no value' },
    display.clamped > 0 && {
      key: 'clamped',
      swatch: clamped,
      label: 'nearest thickness simulated',
    },
    display.best !== null && { key: 'best', swatch: best, label: bestLabel },
  ];
  const entries = marks.filter((mark): mark is LegendEntry => mark !== false);
  if (entries.length === 0) return null;
  return <Legend label="Legend: design map" entries={entries} />;
}
