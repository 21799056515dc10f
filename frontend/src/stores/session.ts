import { createStore } from "zustand/vanilla";
import type { Role } from "@/gql/graphql";
import { can, type Permission } from "@/lib/permissions";

// Who is signed in, for client components. One store per request/tab (created by
// SessionStoreProvider from what the server rendered), never a module-level singleton: on the server
// a shared store would leak one user's session into another user's page.

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

export interface SessionBusiness {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  currency: string;
  locationLimit: number;
}

export interface SessionState {
  user: SessionUser | null;
  business: SessionBusiness | null;
  status: "authenticated" | "signedOut";
  setSession(session: { user: SessionUser; business: SessionBusiness }): void;
  updateBusiness(changes: Partial<Omit<SessionBusiness, "id">>): void;
  signOut(): void;
  can(permission: Permission): boolean;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore(initial?: { user: SessionUser; business: SessionBusiness } | null) {
  return createStore<SessionState>()((set, get) => ({
    user: initial?.user ?? null,
    business: initial?.business ?? null,
    status: initial ? "authenticated" : "signedOut",
    setSession: ({ user, business }) => set({ user, business, status: "authenticated" }),
    updateBusiness: (changes) => {
      const business = get().business;
      if (business) set({ business: { ...business, ...changes } });
    },
    signOut: () => set({ user: null, business: null, status: "signedOut" }),
    can: (permission) => {
      const user = get().user;
      return user ? can(user.role, permission) : false;
    },
  }));
}
