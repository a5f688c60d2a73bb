import { useContext } from 'react';
import { StoreContext } from '../state/context';
import type { ExportSettings } from './exportSettings';
import type { FigureData } from './figureData';

/**
 * The settings a figure's files state: the ones it was computed for when it carries them (the
 * kinetics figures), else the page's, read from the store when asked (no subscription: the
 * download buttons never re-render for a drag). Outside a store (a figure rendered on its
 * own) there are none.
 */
export function useFigureSettings(): (data: FigureData) => ExportSettings | null {
  const store = useContext(StoreContext);
  return (data) => {
    if (data.settings) return data.settings;
    const state = store?.getState();
    return state ? { inputs: state.inputs, choices: state.choices } : null;
  };
}
