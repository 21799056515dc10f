"use client";

import Link from "next/link";
import { focusRing } from "@/components/ui/Button";

export type SectionTab<K extends string> = { key: K; href: string; label: string };

/**
 * A module's section links (push: compose, history, settings; settings: business, mobile apps), the
 * current one marked for assistive technology (aria-current) and by its underline. Callers pass only the
 * sections the role may open; `testIdPrefix` keeps each module's test ids (`push-tab-history`).
 */
export function SectionTabs<K extends string>({ label, tabs, active, testIdPrefix }: {
  label: string;
  tabs: Array<SectionTab<K>>;
  active: K;
  testIdPrefix: string;
}) {
  return (
    <nav aria-label={label} className="border-b border-slate-200">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={active === tab.key ? "page" : undefined}
              data-testid={`${testIdPrefix}-${tab.key}`}
              className={`inline-block rounded-t-md px-3 py-2 text-sm font-medium ${focusRing} ${
                active === tab.key ? "border-b-2 border-indigo-700 text-indigo-800" : "text-slate-700 hover:text-slate-900"
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
