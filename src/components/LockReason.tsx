import { useId } from 'react';
import { LOCK_REASON, type LockKey } from '../state/lesson';
import { useAppStore } from '../state/hooks';

export interface Lock {
  /** Whether a lesson link fixes this setting. */
  readonly locked: boolean;
  /** The id of the visible reason (for aria-describedby); rendered by <LockReason>. */
  readonly reasonId: string;
}

/**
 * Whether a lesson link fixes `key`, and an id for its reason that is unique wherever the
 * control appears (the x slider is on the page twice).
 */
export function useLock(key: LockKey): Lock {
  const locked = useAppStore((s) => s.lesson.locked.includes(key));
  const reasonId = `lock-reason-${useId().replaceAll(':', '')}`;
  return { locked, reasonId };
}

/** The ids of a control's descriptions, its lock's reason added when it is locked. */
export const describedBy = (lock: Lock, ...ids: (string | undefined)[]): string | undefined =>
  [...ids, lock.locked ? lock.reasonId : undefined].filter(Boolean).join(' ') || undefined;

/** "Fixed by this lesson link", next to a control that a lesson link locked. */
export function LockReason({ lock }: { lock: Lock }) {
  if (!lock.locked) return null;
  return (
    <span id={lock.reasonId} className="lock-reason" data-testid="lock-reason">
      {LOCK_REASON}
    </span>
  );
}
