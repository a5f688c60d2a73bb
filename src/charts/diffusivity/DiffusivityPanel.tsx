import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStoreOnScreen } from '../../state/hooks';
import { useOnScreen } from '../useOnScreen';
import { selectDiffusivity, selectResult } from '../../state/selectors';
import type { Store } from '../../state/storeTypes';
import { MEASUREMENT_TEMPERATURE_C } from '../conductivity/measuredPoints';
import { diffusivityAt } from './curves';
import { DiffusivityFigure } from './DiffusivityFigure';

const xGeOf = (p: { readonly xGe: number }) => p.xGe;

/**
 * Primitives only, so the figure re-renders when the marker really moved. Like the
 * conductivity marker it follows the slider at once, read off the curve the page already
 * has (interpolated as drawn); a new temperature waits for the worker's new curve.
 */
const selectMarker = (s: Store) => {
  const r = s.result;
  if (!r) return null;
  const xGe = s.inputs.temperatureC === r.inputs.temperatureC ? s.inputs.xGe : r.inputs.xGe;
  return {
    xGe,
    D: diffusivityAt(r.diffusivity, xGeOf, xGe),
    temperatureC: r.inputs.temperatureC,
  };
};

/** The diffusivity figure: store-connected wrapper around the pure figure. */
export function DiffusivityPanel() {
  // Off screen during a drag (of x down among the electrode figures), nothing here follows it.
  const [figureRef, onScreen] = useOnScreen<HTMLElement>();
  const composition = useAppStoreOnScreen(selectDiffusivity, onScreen, { urgent: true });
  const marker = useAppStoreOnScreen(useShallow(selectMarker), onScreen, { urgent: true });
  // Every answer during a drag brings a new D(θ): drawn at low priority, it never holds up
  // the slider or the marker.
  const result = useDeferredValue(useAppStoreOnScreen(selectResult, onScreen));
  const curve = result?.diffusivityLithiation;
  const xGe = result?.inputs.xGe;
  const lithiation = useMemo(
    () => (curve && xGe !== undefined ? { xGe, curve } : null),
    [curve, xGe],
  );
  return (
    <DiffusivityFigure
      composition={composition}
      marker={marker}
      lithiation={lithiation}
      temperatureC={marker?.temperatureC ?? MEASUREMENT_TEMPERATURE_C}
      figureRef={figureRef}
    />
  );
}
