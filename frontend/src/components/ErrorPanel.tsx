"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Button } from "./ui/Button";
import { Card } from "./ui/Page";

/** Body of the error boundaries: a sentence and a retry button, never a blank page or a stack. */
export function ErrorPanel({ reset, digest }: { reset: () => void; digest?: string }) {
  const { t } = useI18n();
  return (
    <Card>
      <div role="alert" data-testid="error-boundary">
        <h1 className="text-xl font-semibold text-slate-900">{t("errorPage.title")}</h1>
        <p className="mt-2 text-slate-700">{t("errorPage.body")}</p>
        {digest ? <p className="mt-2 text-xs text-slate-600">ref: {digest}</p> : null}
        <Button className="mt-4" onClick={reset}>
          {t("app.retry")}
        </Button>
      </div>
    </Card>
  );
}
