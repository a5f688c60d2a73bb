import { scaleLinear } from 'd3-scale';
import {
  INPUT_SPECS,
  CRITICAL_FRACTURE_DIAMETER_NM,
  fractureRisk,
  type FractureRisk,
} from '../core';
import { formatInputValue } from '../format/number';

const SPEC = INPUT_SPECS.particleRadiusUm;
const { crystalline, amorphous } = CRITICAL_FRACTURE_DIAMETER_NM;
/** Critical radii in µm, from the review's diameters in nm. */
const R_CRYSTALLINE = crystalline / 2000;
const R_AMORPHOUS = amorphous / 2000;

const ZONES: readonly { risk: FractureRisk; from: number; to: number }[] = [
  { risk: 'none', from: SPEC.min, to: R_CRYSTALLINE },
  { risk: 'crystalline', from: R_CRYSTALLINE, to: R_AMORPHOUS },
  { risk: 'all', from: R_AMORPHOUS, to: SPEC.max },
];

/** Where the radius slider's positions fall, in per cent of its track. */
const toPercent = scaleLinear().domain([SPEC.min, SPEC.max]).range([0, 100]).clamp(true);

export const FRACTURE_EFFECT =
  `The band under the slider marks where Si particles crack as they lithiate ` +
  `(Zhang2025): amber above ${crystalline} nm across (crystalline), red above ${amorphous} nm ` +
  `(amorphous too).`;

const WORDS: Readonly<Record<FractureRisk, string>> = {
  none: `Under ${crystalline} nm across: Si particles this small lithiate without cracking.`,
  crystalline:
    `Over ${crystalline} nm across: crystalline Si particles this size crack on their first ` +
    `lithiation; amorphous ones (below ${amorphous} nm) stay whole.`,
  all:
    `Over ${amorphous} nm across: Si particles this size crack as they lithiate, even ` +
    `amorphous ones.`,
};

const SHORT: Readonly<Record<FractureRisk, string>> = {
  none: 'does not crack',
  crystalline: 'cracks if crystalline',
  all: 'cracks, even amorphous',
};

/** The slider's spoken value: radius, diameter and what the review says of that size. */
export const radiusValueText = (radiusUm: number): string =>
  `${formatInputValue(radiusUm)} µm, ${formatInputValue(2000 * radiusUm)} nm across: ` +
  SHORT[fractureRisk(radiusUm)];

/** The coloured strip under the radius slider (decorative: the words below carry it). */
export function FractureTrack() {
  return (
    <svg className="fracture-track" aria-hidden="true" data-testid="fracture-track">
      {ZONES.map(({ risk, from, to }) => (
        <rect
          key={risk}
          className={`fracture-zone fracture-${risk}`}
          x={`${toPercent(from)}%`}
          width={`${Math.max(0, toPercent(to) - toPercent(from))}%`}
          y={0}
          height="100%"
        />
      ))}
    </svg>
  );
}

/**
 * What the review says of the chosen size, and that the model does not crack particles. Its
 * words change only when the size crosses a critical one, so the live region speaks rarely.
 */
export function FractureNotice({ radiusUm }: { radiusUm: number }) {
  const risk = fractureRisk(radiusUm);
  return (
    <p
      className={`hint fracture-notice fracture-notice-${risk}`}
      role="status"
      data-testid="fracture-notice"
      data-risk={risk}
    >
      {WORDS[risk]}
      {risk !== 'none' && ' The model keeps its particles whole: what cracking costs is not in it.'}
    </p>
  );
}
