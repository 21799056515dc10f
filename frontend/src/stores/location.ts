import { createJSONStorage, persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";

// The location the user is working on (header selector; Staff usually have one or two). Remembered
// in this browser; forgotten when the location is no longer visible to the user.

export interface LocationSelectionState {
  selectedLocationId: string | null;
  select(id: string | null): void;
  /** Drops the selection when it is not among the locations the user can see now. */
  reconcile(visibleIds: readonly string[]): void;
}

export function createLocationSelectionStore(storage?: Storage) {
  return createStore<LocationSelectionState>()(
    persist(
      (set, get) => ({
        selectedLocationId: null,
        select: (id) => set({ selectedLocationId: id }),
        reconcile: (visibleIds) => {
          const current = get().selectedLocationId;
          if (current !== null && !visibleIds.includes(current)) set({ selectedLocationId: null });
        },
      }),
      {
        name: "radar.location",
        version: 1,
        storage: createJSONStorage(() => storage ?? globalThis.localStorage),
        partialize: (state) => ({ selectedLocationId: state.selectedLocationId }),
        // Read after mount (see StoreHydrator) so the first client render matches the server's.
        skipHydration: true,
      },
    ),
  );
}

export const locationSelection = createLocationSelectionStore();
