"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/I18nProvider";
import type { Role } from "@/gql/graphql";
import { buttonClass } from "./ui/Button";
import { Card } from "./ui/Page";

/** What a role may not open: the API refuses it too, this page says so in words. */
export function Forbidden({ role }: { role: Role }) {
  const { t } = useI18n();
  return (
    <Card>
      <div data-testid="forbidden">
        <h1 className="text-xl font-semibold text-slate-900">{t("forbidden.title")}</h1>
        <p className="mt-2 text-slate-700">{t("forbidden.body", { role: t(`role.${role}`) })}</p>
        <Link href="/dashboard" className={`${buttonClass("secondary")} mt-4`}>
          {t("notFound.home")}
        </Link>
      </div>
    </Card>
  );
}

export function ComingSoon({ module }: { module: "campaigns" | "customers" | "loyalty" | "push" | "support" }) {
  const { t } = useI18n();
  const name = t(`nav.${module}`);
  return (
    <Card>
      <div data-testid="coming-soon">
        <h1 className="text-xl font-semibold text-slate-900">
          {name} · {t("app.comingSoon.title")}
        </h1>
        <p className="mt-2 text-slate-700">{t("app.comingSoon.body", { module: name })}</p>
      </div>
    </Card>
  );
}

export function NotFoundPanel() {
  const { t } = useI18n();
  return (
    <Card>
      <h1 className="text-xl font-semibold text-slate-900">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound.body")}</p>
      <Link href="/dashboard" className={`${buttonClass("secondary")} mt-4`}>
        {t("notFound.home")}
      </Link>
    </Card>
  );
}
