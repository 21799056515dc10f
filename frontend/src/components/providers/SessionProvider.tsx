"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { locationSelection } from "@/stores/location";
import { prefs } from "@/stores/prefs";
import { createSessionStore, type SessionBusiness, type SessionState, type SessionStore, type SessionUser } from "@/stores/session";

const SessionContext = createContext<SessionStore | null>(null);

/** Creates this page's session store from what the server rendered, and reads persisted prefs after mount. */
export function SessionProvider({
  user,
  business,
  visibleLocationIds,
  children,
}: {
  user: SessionUser;
  business: SessionBusiness;
  visibleLocationIds: string[];
  children: ReactNode;
}) {
  const [store] = useState(() => createSessionStore({ user, business }));
  useEffect(() => {
    store.getState().setSession({ user, business });
  }, [store, user, business]);
  useEffect(() => {
    void Promise.resolve(locationSelection.persist.rehydrate()).then(() =>
      locationSelection.getState().reconcile(visibleLocationIds),
    );
  }, [visibleLocationIds]);
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSession<T>(selector: (state: SessionState) => T): T {
  const store = useContext(SessionContext);
  if (!store) throw new Error("useSession outside SessionProvider");
  return useStore(store, selector);
}

/** Loads this browser's preferences from localStorage once the page is interactive. */
export function PrefsHydrator() {
  useEffect(() => {
    void prefs.persist.rehydrate();
  }, []);
  return null;
}
