import { BUSY_DELAY_MS } from '../../charts/kit/FigurePanel';
import { useDelayedFlag } from '../../charts/kit/useDelayedFlag';
import { formatInputValue } from '../../format/number';
import { useAppStore } from '../../state/hooks';
import { selectKineticsStatus, selectXGe } from '../../state/selectors';
import { describedBy, LockReason } from '../LockReason';
import { CompositionFormula, isAt, useXSlider } from '../useXSlider';

/**
 * The x slider again, stuck to the top of the screen while the electrode figures are on it:
 * the one beside the conductivity figure is a couple of screens up, and a drag of x is
 * worth watching here too. Same store field, so the address and every readout agree.
 */
export function CompositionBar() {
  const { x, preset, slider, lock } = useXSlider();
  return (
    <div className="composition-bar" data-testid="composition-bar">
      <label htmlFor="x-slider-electrode" className="composition-bar-label">
        Ge fraction <i>x</i>
      </label>
      <input
        id="x-slider-electrode"
        data-testid="x-slider-electrode"
        aria-label="Ge fraction x, for the electrode figures"
        aria-describedby={describedBy(lock, 'x-hint')}
        {...slider}
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
 * Says that the figures are catching up with the slider, and for which x they are drawn:
 * an answer is at most one evaluation old during a drag, and figures that blink or vanish
 * would be worse than a slightly stale one, so they stay as they are, undimmed.
 */
function CatchUpBadge() {
  const x = useAppStore(selectXGe);
  const shownX = useAppStore((s) => s.kinetics?.inputs.xGe ?? null);
  const computing = useAppStore(selectKineticsStatus) === 'computing';
  // Only when it lasts: a quick answer would make it flicker.
  const shown = useDelayedFlag(computing && shownX !== null, BUSY_DELAY_MS);
  const note =
    shownX !== null && !isAt(shownX, x) ? ` showing x = ${formatInputValue(shownX)}` : '';
  return (
    <span
      className={`busy-badge catch-up${shown ? '' : ' is-idle'}`}
      data-testid="kinetics-catch-up"
      data-shown-x={shownX ?? ''}
      aria-hidden={!shown}
    >
      updating…{note}
    </span>
  );
}
