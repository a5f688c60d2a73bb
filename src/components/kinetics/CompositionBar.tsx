import { BUSY_DELAY_MS } from '../../charts/kit/FigurePanel';
import { useDelayedFlag } from '../../charts/kit/useDelayedFlag';
import { formatInputValue } from '../../format/number';
import { useAppStore } from '../../state/hooks';
import { selectKineticsStatus, selectXGe } from '../../state/selectors';
import { LockReason } from '../LockReason';
import { CompositionFormula, isAt, useXSlider, XLabel, XRange } from '../useXSlider';

/**
 * The x slider again, stuck to the top of the screen while the electrode figures are on it:
 * the one beside the conductivity figure is a couple of screens up, and a drag of x is
 * worth watching here too. Same store field, so the address and every readout agree.
 */
export function CompositionBar() {
  const control = useXSlider();
  const { x, preset, lock } = control;
  return (
    <div className="composition-bar" data-testid="composition-bar">
      <XLabel htmlFor="x-slider-electrode" className="composition-bar-label" />
      <XRange
        id="x-slider-electrode"
        testId="x-slider-electrode"
        label="Ge fraction x, for the electrode figures"
        hint="x-hint"
        control={control}
      />
      <LockReason lock={lock} />
      <output
        htmlFor="x-slider-electrode"
        className="field-value"
        data-testid="composition-bar-value"
        data-rendered-x={x}
      >
        <CompositionFormula x={x} preset={preset} />
      </output>
      <CatchUpBadge />
    </div>
  );
}

/**
 * Says that the figures are catching up with the slider, for which x they are drawn, and
 * whether that is a drag's preview on the coarser grid: an answer is at most one evaluation
 * old during a drag, and figures that blink or vanish would be worse than a slightly stale
 * one, so they stay as they are, undimmed.
 */
function CatchUpBadge() {
  const x = useAppStore(selectXGe);
  const shownX = useAppStore((s) => s.kinetics?.inputs.xGe ?? null);
  const preview = useAppStore((s) => s.kinetics?.draft === true);
  const computing = useAppStore(selectKineticsStatus) === 'computing';
  // Only when it lasts: a quick answer would make it flicker.
  const shown = useDelayedFlag(computing && shownX !== null, BUSY_DELAY_MS);
  const moved = shownX !== null && !isAt(shownX, x);
  const at = shownX === null ? '' : formatInputValue(shownX);
  const text = preview
    ? `preview at x = ${at}`
    : moved
      ? `updating… showing x = ${at}`
      : 'updating…';
  return (
    <span
      className={`busy-badge catch-up${shown ? '' : ' is-idle'}`}
      data-testid="kinetics-catch-up"
      data-shown-x={shownX ?? ''}
      data-preview={preview}
      aria-hidden={!shown}
    >
      {text}
    </span>
  );
}
