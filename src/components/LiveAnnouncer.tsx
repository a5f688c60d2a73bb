import { useAppStore } from '../state/hooks';
import type { Store } from '../state/storeTypes';
import { useContextResponses } from './useContextResponses';

const selectAnnouncement = (s: Store) => s.announcement;

/**
 * The page's one polite live region, present from the first render (a region that appears
 * together with its text is often not read). Each announcement is a new node (keyed by its
 * sequence number), so the same sentence twice is heard twice.
 */
export function LiveAnnouncer() {
  useContextResponses();
  const announcement = useAppStore(selectAnnouncement);
  return (
    <div role="status" className="visually-hidden" data-testid="announcer">
      {announcement && <p key={announcement.seq}>{announcement.text}</p>}
    </div>
  );
}
