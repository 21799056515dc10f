import { describe, expect, it, vi } from "vitest";
import { createFlashStore } from "./flash";
import { createLocationSelectionStore } from "./location";
import { createPrefsStore, languageCookie } from "./prefs";
import { createSessionStore } from "./session";

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const user = { id: "u1", email: "ana@cafe.example", displayName: "Ana", role: "ADMIN" as const };
const business = { id: "b1", name: "Café", timeZone: "America/Bogota", locale: "es-419", currency: "COP", locationLimit: 5 };

describe("session store", () => {
  it("starts from what the server rendered", () => {
    const store = createSessionStore({ user, business });
    expect(store.getState()).toMatchObject({ status: "authenticated", user, business });
  });

  it("starts signed out without a session", () => {
    expect(createSessionStore().getState()).toMatchObject({ status: "signedOut", user: null, business: null });
  });

  it("answers permissions from the user's role", () => {
    const admin = createSessionStore({ user, business });
    const staff = createSessionStore({ user: { ...user, role: "STAFF" }, business });
    expect(admin.getState().can("team.manage")).toBe(true);
    expect(staff.getState().can("team.view")).toBe(false);
    expect(createSessionStore().getState().can("team.view")).toBe(false);
  });

  it("updates the business after settings are saved", () => {
    const store = createSessionStore({ user, business });
    store.getState().updateBusiness({ name: "Café Nuevo", timeZone: "America/Lima" });
    expect(store.getState().business).toMatchObject({ id: "b1", name: "Café Nuevo", timeZone: "America/Lima", locationLimit: 5 });
  });

  it("signs out", () => {
    const store = createSessionStore({ user, business });
    store.getState().signOut();
    expect(store.getState()).toMatchObject({ status: "signedOut", user: null, business: null });
    expect(store.getState().can("locations.manage")).toBe(false);
  });

  it("keeps separate sessions in separate stores (no module-level singleton)", () => {
    const a = createSessionStore({ user, business });
    const b = createSessionStore({ user: { ...user, id: "u2", role: "STAFF" }, business });
    a.getState().signOut();
    expect(b.getState().user?.id).toBe("u2");
  });
});

describe("selected location store", () => {
  it("remembers the selection in this browser", async () => {
    const storage = new MemoryStorage();
    const first = createLocationSelectionStore(storage);
    first.getState().select("loc-1");
    const second = createLocationSelectionStore(storage);
    await second.persist.rehydrate();
    expect(second.getState().selectedLocationId).toBe("loc-1");
  });

  it("forgets a location the user can no longer see", () => {
    const store = createLocationSelectionStore(new MemoryStorage());
    store.getState().select("gone");
    store.getState().reconcile(["a", "b"]);
    expect(store.getState().selectedLocationId).toBeNull();
  });

  it("keeps a location that is still visible", () => {
    const store = createLocationSelectionStore(new MemoryStorage());
    store.getState().select("a");
    store.getState().reconcile(["a", "b"]);
    expect(store.getState().selectedLocationId).toBe("a");
  });
});

describe("preferences store", () => {
  it("writes the language to a cookie so the server renders in it", () => {
    const writeCookie = vi.fn();
    const store = createPrefsStore({ storage: new MemoryStorage(), writeCookie });
    store.getState().setLanguage("en");
    expect(store.getState().language).toBe("en");
    expect(writeCookie).toHaveBeenCalledWith("radar_lang=en; Path=/; Max-Age=31536000; SameSite=Lax");
  });

  it("clears the cookie when going back to the business's language", () => {
    const writeCookie = vi.fn();
    const store = createPrefsStore({ storage: new MemoryStorage(), writeCookie });
    store.getState().setLanguage(null);
    expect(writeCookie).toHaveBeenCalledWith(languageCookie(null));
    expect(languageCookie(null)).toContain("Max-Age=0");
  });

  it("ignores languages the panel does not ship", () => {
    const store = createPrefsStore({ storage: new MemoryStorage(), writeCookie: () => {} });
    store.getState().setLanguage("fr" as never);
    expect(store.getState().language).toBeNull();
  });

  it("toggles the sidebar and persists it", async () => {
    const storage = new MemoryStorage();
    const store = createPrefsStore({ storage, writeCookie: () => {} });
    store.getState().toggleSidebar();
    const again = createPrefsStore({ storage, writeCookie: () => {} });
    await again.persist.rehydrate();
    expect(again.getState().sidebarCollapsed).toBe(true);
  });
});

describe("flash store", () => {
  it("hands a notice over once", () => {
    const store = createFlashStore();
    store.getState().show("Se creó «Chapinero».");
    expect(store.getState().take()).toBe("Se creó «Chapinero».");
    expect(store.getState().take()).toBeNull();
  });
});
