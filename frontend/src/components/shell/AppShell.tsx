"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { postSession } from "@/lib/api/client";
import { activeNavKey, navItemsFor } from "@/lib/permissions";
import { locationSelection } from "@/stores/location";
import { Button, focusRing } from "../ui/Button";
import { Badge } from "../ui/Page";

// The frame of every signed-in page: navigation for the modules (present and to come), the business,
// the current user and role, the location being worked on, and logout. On a phone the navigation
// folds behind a menu button.

export function AppShell({ locations, children }: { locations: ReadonlyArray<{ id: string; name: string }>; children: ReactNode }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const user = useSession((s) => s.user);
  const business = useSession((s) => s.business);
  const [menuOpen, setMenuOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const selected = useStore(locationSelection, (s) => s.selectedLocationId);
  const active = activeNavKey(pathname);
  const items = navItemsFor(user?.role);

  async function logout() {
    setLeaving(true);
    await postSession("/api/session/logout", {});
    window.location.assign("/login?reason=loggedout");
  }

  const nav = (
    <nav aria-label={t("nav.label")}>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              onClick={() => setMenuOpen(false)}
              aria-current={active === item.key ? "page" : undefined}
              data-testid={`nav-${item.key}`}
              className={`flex items-center justify-between rounded-md px-3 py-2 text-sm font-medium ${focusRing} ${
                active === item.key ? "bg-indigo-700 text-white" : "text-slate-800 hover:bg-slate-200"
              }`}
            >
              {t(`nav.${item.key}`)}
              {item.comingSoon ? (
                <span className={`rounded-full px-1.5 text-[0.7rem] ${active === item.key ? "bg-indigo-600 text-white" : "bg-slate-200 text-slate-700"}`}>{t("nav.soon")}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );

  return (
    <div className="min-h-screen bg-slate-50">
      <a href="#content" className={`sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 ${focusRing}`}>
        {t("app.skipToContent")}
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
        <div className="flex items-center gap-3 px-4 py-3">
          <button
            type="button"
            className={`rounded-md border border-slate-300 px-3 py-1.5 text-sm md:hidden ${focusRing}`}
            aria-expanded={menuOpen}
            aria-controls="mobile-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t("app.menu")}
          </button>
          <Link href="/dashboard" className={`text-lg font-bold text-indigo-800 ${focusRing}`}>
            {t("app.name")}
          </Link>
          <span className="hidden truncate text-sm text-slate-700 sm:inline" data-testid="business-name">
            {business?.name}
          </span>
          <div className="ml-auto flex items-center gap-3">
            {locations.length > 0 ? (
              <label className="hidden items-center gap-2 text-sm text-slate-700 lg:flex">
                {t("shell.location")}
                <select
                  className={`rounded-md border border-slate-300 bg-white px-2 py-1 text-sm ${focusRing}`}
                  value={selected ?? ""}
                  onChange={(e) => locationSelection.getState().select(e.target.value || null)}
                  data-testid="location-selector"
                >
                  <option value="">{t("shell.allLocations")}</option>
                  {locations.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <div className="hidden text-right text-sm sm:block" data-testid="current-user">
              <div className="font-medium text-slate-900">{user?.displayName}</div>
              <div>{user ? <Badge tone="indigo">{t(`role.${user.role}`)}</Badge> : null}</div>
            </div>
            <Button variant="secondary" small busy={leaving} onClick={logout} data-testid="logout">
              {leaving ? t("shell.loggingOut") : t("shell.logout")}
            </Button>
          </div>
        </div>
        {menuOpen ? (
          <div id="mobile-nav" className="border-t border-slate-200 px-4 py-3 md:hidden">
            <p className="mb-2 text-sm text-slate-700">
              {user?.displayName} · {user ? t(`role.${user.role}`) : ""} · {business?.name}
            </p>
            {nav}
          </div>
        ) : null}
      </header>
      <div className="flex min-h-[calc(100vh-4rem)]">
        <aside className="hidden w-56 shrink-0 border-r border-slate-200 bg-slate-100 px-3 py-4 md:block">{nav}</aside>
        <main id="content" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
