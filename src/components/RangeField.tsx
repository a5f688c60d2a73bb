import type { KeyboardEvent, ReactNode } from 'react';
import { INPUT_SPECS, type InputKey } from '../core';
import { formatInputValue } from '../format/number';
import { useAppStore } from '../state/hooks';
import { selectInput } from '../state/selectors';
import { describedBy, LockReason, useLock } from './LockReason';
import { NumericEntry } from './NumericEntry';
import { nudge, pageStep, sliderPosition, valueAtPosition } from './stepping';
import { useSliderHold } from './useSliderHold';

export interface RangeFieldProps {
  /** The declared input this edits; label, range, steps and unit come from its spec. */
  inputKey: InputKey;
  /** What the setting changes, so a student knows where to look after moving it. */
  effect: ReactNode;
  /** Label text, when the spec's label is too long for the panel. */
  label?: ReactNode;
  /** How the value is spoken (aria-valuetext); value and unit by default. */
  valueText?: (value: number) => string;
  /** Beside the typed entry: a related value, a reset button. */
  extra?: ReactNode;
  /** Drawn under the slider, aligned with its track: marked ranges of the value. */
  track?: ReactNode;
  /** After the hint: what the current value means, in words. */
  children?: ReactNode;
}

const withUnit = (value: number, unit: string) =>
  unit ? `${formatInputValue(value)} ${unit}` : formatInputValue(value);

/**
 * A setting as slider plus typed entry, both keyboard-operable and labelled. A log input's
 * slider moves in decades (its spec's steps are decades too).
 */
export function RangeField({
  inputKey,
  effect,
  label,
  valueText,
  extra,
  track,
  children,
}: RangeFieldProps) {
  const spec = INPUT_SPECS[inputKey];
  const value = useAppStore(selectInput(inputKey));
  const setInput = useAppStore((s) => s.setInput);
  const commit = (v: number) => setInput(inputKey, v);
  const hold = useSliderHold();
  const lock = useLock(inputKey);
  const sliderId = `slider-${inputKey}`;
  const hintId = `hint-${inputKey}`;
  const unitSuffix = spec.unit ? `, typed value (${spec.unit})` : ', typed value';

  const onSliderKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Browsers page by a tenth of the range; each input declares its own page step.
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const delta = event.key === 'PageUp' ? pageStep(inputKey) : -pageStep(inputKey);
    commit(nudge(inputKey, value, delta));
  };

  return (
    <div className="field">
      <label htmlFor={sliderId}>
        {label ?? spec.label} {spec.unit && <span className="unit">({spec.unit})</span>}
      </label>
      <LockReason lock={lock} />
      <div className="field-row">
        <SliderWithTrack track={track}>
          <input
            id={sliderId}
            type="range"
            min={sliderPosition(inputKey, spec.min)}
            max={sliderPosition(inputKey, spec.max)}
            step={spec.step}
            value={sliderPosition(inputKey, value)}
            aria-valuetext={valueText ? valueText(value) : withUnit(value, spec.unit)}
            aria-describedby={describedBy(lock, hintId)}
            disabled={lock.locked}
            onChange={(event) => commit(valueAtPosition(inputKey, Number(event.target.value)))}
            onKeyDown={onSliderKeyDown}
            onPointerDown={hold}
          />
        </SliderWithTrack>
        {/* Entry and unit wrap together: a long unit never lands alone on the next line. */}
        <span className="entry-with-unit">
          <NumericEntry
            inputKey={inputKey}
            value={value}
            onCommit={commit}
            ariaLabel={`${spec.label}${unitSuffix}`}
            testId={`input-${inputKey}`}
            hintId={hintId}
            lockedBy={lock.locked ? lock.reasonId : undefined}
          />
          {spec.unit && (
            <span className="unit" aria-hidden="true">
              {spec.unit}
            </span>
          )}
        </span>
        {extra}
      </div>
      <p id={hintId} className="hint">
        {spec.min} to {withUnit(spec.max, spec.unit)}. {effect}
      </p>
      {children}
    </div>
  );
}

/** The slider alone, or stacked over its track marks (one flex item either way). */
function SliderWithTrack({ track, children }: { track?: ReactNode; children: ReactNode }) {
  if (!track) return children;
  return (
    <span className="slider-with-track">
      {children}
      {track}
    </span>
  );
}
