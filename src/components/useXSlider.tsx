import { ChemicalLabel } from './chemicalLabel';
import { useCallback, type ChangeEvent, type KeyboardEvent } from 'react';
import { INPUT_SPECS, PRESETS, type Preset } from '../core';
import { formatInputValue } from '../format/number';
import { useAppStore } from '../state/hooks';
import type { Store } from '../state/storeTypes';
import { selectXGe } from '../state/selectors';
import { nudge, pageStep } from './stepping';
import { describedBy, useLock } from './LockReason';
import { useSliderHold } from './useSliderHold';
import { balanceOf } from './summary/carrierBalance';
import { compositionValueText } from './summary/compositionWords';

const SPEC = INPUT_SPECS.xGe;
/** Presets are exact fractions; a typed 0.1250000001 still counts as Si7Ge. */
export const isAt = (x: number, target: number) => Math.abs(x - target) < 1e-9;

/**
 * The slider's value as a sentence, "x = 0.125, Si₇Ge, balanced": the composition and
 * which carrier limits there (the conductivity figure's rule), computed on the page so the
 * words keep up with every step. A string, so the slider re-renders only when it changes.
 */
const selectValueText = (s: Store) =>
  `${compositionValueText(s.inputs.xGe)}, ${balanceOf(s.inputs)}`;

/**
 * Everything an x slider needs, wherever it sits (beside the conductivity figure, above the
 * electrode figures): all of them set the one store field, so the address, the readouts and
 * every other control follow whichever one moved.
 */
export function useXSlider() {
  const x = useAppStore(selectXGe);
  const setInput = useAppStore((s) => s.setInput);
  const setX = useCallback((value: number) => setInput('xGe', value), [setInput]);
  const hold = useSliderHold();
  const preset: Preset | undefined = PRESETS.find((p) => isAt(x, p.xGe));
  const valueText = useAppStore(selectValueText);
  // A lesson link may fix x: each slider then shows why it is disabled (LockReason).
  const lock = useLock('xGe');
  const slider = {
    disabled: lock.locked,
    type: 'range',
    min: SPEC.min,
    max: SPEC.max,
    step: SPEC.step,
    value: x,
    'aria-valuetext': valueText,
    onChange: (event: ChangeEvent<HTMLInputElement>) => setX(Number(event.target.value)),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      // Browsers page by a tenth of the range; 0.05 suits the interesting 0–0.3 region.
      if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
      event.preventDefault();
      setX(nudge('xGe', x, event.key === 'PageUp' ? pageStep('xGe') : -pageStep('xGe')));
    },
    onPointerDown: hold,
  } as const;
  return { x, setX, preset, slider, lock };
}

/** The composition as a formula, Si₁₋ₓGeₓ with the numbers, and the preset's name if any. */
export function CompositionFormula({ x, preset }: { x: number; preset: Preset | undefined }) {
  return (
    <>
      Si<sub>{formatInputValue(1 - x)}</sub>Ge<sub>{formatInputValue(x)}</sub>
      {preset && (
        <>
          {' '}
          &middot; <ChemicalLabel id={preset.id} />
        </>
      )}
    </>
  );
}

type XSlider = ReturnType<typeof useXSlider>;

/** The name every x slider shows, "Ge fraction x". */
export function XLabel({ htmlFor, className }: { htmlFor: string; className?: string }) {
  return (
    <label htmlFor={htmlFor} className={className}>
      Ge fraction <i>x</i>
    </label>
  );
}

/** One x slider's range input: its id, name and hint depend on where it sits, the rest on useXSlider. */
export function XRange({
  id,
  testId,
  label,
  hint,
  control: { slider, lock },
}: {
  id: string;
  testId: string;
  label: string;
  hint?: string;
  control: Pick<XSlider, 'slider' | 'lock'>;
}) {
  return (
    <input
      id={id}
      data-testid={testId}
      aria-label={label}
      aria-describedby={describedBy(lock, hint)}
      {...slider}
    />
  );
}
