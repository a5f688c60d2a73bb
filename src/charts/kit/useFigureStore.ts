import type { RefCallback } from 'react';
import { useAppStoreOnScreen } from '../../state/hooks';
import type { Store } from '../../state/storeTypes';
import { useOnScreen } from '../useOnScreen';

/**
 * What a figure draws from the store, and the ref for its outermost element: the figure
 * follows a drag only while that element is on screen (useAppStoreOnScreen).
 */
export function useFigureStore<T>(selector: (state: Store) => T): [RefCallback<HTMLElement>, T] {
  const [ref, onScreen] = useOnScreen<HTMLElement>();
  return [ref, useAppStoreOnScreen(selector, onScreen)];
}
