import { useCallback } from 'react';
import { useAppStore } from '../state/hooks';

/**
 * A pointerdown handler for a slider that tells the store a pointer holds it until the
 * pointer is released anywhere (a drag often ends outside the slider).
 */
export function useSliderHold(): () => void {
  const setHeld = useAppStore((s) => s.setSliderHeld);
  return useCallback(() => {
    setHeld(true);
    const release = () => {
      setHeld(false);
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
    };
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
  }, [setHeld]);
}
