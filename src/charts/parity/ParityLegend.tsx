import { Legend, LineSwatch, type LegendEntry } from '../kit/Legend';
import type { FitFigure, FitKind } from './fitFigures';
import {
  fillOf,
  KEY_PATH,
  MISS_FILL,
  NEUTRAL_FILL,
  symbolPath,
  TREND_FILL,
  withSlash,
} from './marks';
import { sharedTarget } from './tolerance';

const KIND_LABELS: Record<FitKind, string> = {
  sigmaElectronic: 'σe',
  sigmaIonic: 'σi',
  diffusivity: 'D',
  'rate capacity': 'capacity vs C-rate',
  'first delithiation': 'first delithiation',
  retention: 'retention',
  ICE: 'ICE',
  'QA-Li': 'QA-Li',
  'I-Li': 'I-Li',
  other: 'other',
};

const SWATCH = { width: 34, height: 16 } as const;

type SwatchStyle = 'mark' | 'miss' | 'absent' | 'trend';

/** A point as the chart draws it: filled if within, hollow with a vermillion rim if not, slashed or grey if not fitted. */
function MarkSwatch({ d, fill, style = 'mark' }: { d: string; fill: string; style?: SwatchStyle }) {
  return (
    <svg {...SWATCH} aria-hidden="true">
      <path
        className={`swatch-${style}`}
        d={d}
        transform={`translate(${SWATCH.width / 2},${SWATCH.height / 2})`}
        fill={fill}
      />
    </svg>
  );
}

/** Figures shown but not fitted: keyed by status, listed only where a panel has one. */
const UNFITTED: readonly LegendEntry[] = [
  {
    key: 'mechanism absent',
    swatch: <MarkSwatch d={withSlash(KEY_PATH)} fill={MISS_FILL} style="absent" />,
    label: 'no mechanism in the model (a miss)',
  },
  {
    key: 'trend',
    swatch: <MarkSwatch d={KEY_PATH} fill={TREND_FILL} style="trend" />,
    label: 'trend only (not converged)',
  },
];

function TargetSwatch({ whisker }: { whisker: boolean }) {
  return (
    <svg {...SWATCH} aria-hidden="true" className="tolerance">
      {whisker ? (
        <g className="tolerance-whisker">
          <line x1={17} x2={17} y1={2} y2={14} />
          <line x1={13} x2={21} y1={2} y2={2} />
          <line x1={13} x2={21} y1={14} y2={14} />
        </g>
      ) : (
        <rect className="tolerance-band" x={3} y={3} width={28} height={10} />
      )}
    </svg>
  );
}

/** Shapes name the quantity; fill says whether it meets its target; then the target itself. */
export function ParityLegend({ figures, label }: { figures: readonly FitFigure[]; label: string }) {
  const kinds = [...new Set(figures.map((f) => f.kind))];
  const whisker = sharedTarget(figures) === null;
  const entries: LegendEntry[] = [
    ...kinds.map((kind) => ({
      key: kind,
      swatch: <MarkSwatch d={symbolPath(kind)} fill={NEUTRAL_FILL} />,
      label: KIND_LABELS[kind],
    })),
    { key: 'within', swatch: <MarkSwatch d={KEY_PATH} fill={fillOf(true)} />, label: 'within' },
    {
      key: 'misses',
      swatch: <MarkSwatch d={KEY_PATH} fill={fillOf(false)} style="miss" />,
      label: 'misses target',
    },
    ...UNFITTED.filter((e) => figures.some((f) => f.status === e.key)),
    {
      key: 'target',
      swatch: <TargetSwatch whisker={whisker} />,
      label: whisker ? 'target per point' : 'target',
    },
    { key: 'parity', swatch: <LineSwatch color="#59636e" dash="5 4" />, label: 'y = x' },
  ];
  return <Legend label={label} entries={entries} />;
}
