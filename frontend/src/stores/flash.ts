import { createStore } from "zustand/vanilla";

// A one-shot notice carried across a client-side navigation ("Location created" shown on the list
// the form returns to). Only ever set in the browser, so sharing the module on the server is safe.

export interface FlashState {
  message: string | null;
  show(message: string): void;
  take(): string | null;
}

export function createFlashStore() {
  return createStore<FlashState>()((set, get) => ({
    message: null,
    show: (message) => set({ message }),
    take: () => {
      const message = get().message;
      if (message !== null) set({ message: null });
      return message;
    },
  }));
}

export const flash = createFlashStore();
