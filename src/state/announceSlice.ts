import type { AnnounceSlice, SliceCreator } from './storeTypes';

/**
 * What the page says aloud through its one polite live region (LiveAnnouncer): Reset All
 * and the context responses. One region, not one per component, so that two sentences
 * never talk over each other.
 */
export const createAnnounceSlice: SliceCreator<AnnounceSlice> = (set) => ({
  announcement: null,
  announce: (text) =>
    set((state) => ({ announcement: { text, seq: (state.announcement?.seq ?? 0) + 1 } })),
});
