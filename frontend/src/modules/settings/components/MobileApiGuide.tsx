"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Card } from "@/components/ui/Page";
import { enrolmentSnippet } from "../mobileApps";

/**
 * What the key is for and where the app sends it: the shim's base URL, its documentation, and the first
 * call an app makes, with a real key when the business has an active app (a placeholder otherwise).
 */
export function MobileApiGuide({ baseUrl, sampleKey }: { baseUrl: string; sampleKey: string | null }) {
  const { t } = useI18n();
  return (
    <Card title={t("mobileApps.about.title")}>
      <div className="space-y-3 text-sm text-slate-800" data-testid="mobile-api-guide">
        <p>{t("mobileApps.about.ships")}</p>
        <p>{t("mobileApps.about.notSecret")}</p>
        <dl className="space-y-1">
          <dt className="font-medium text-slate-900">{t("mobileApps.about.baseUrl")}</dt>
          <dd>
            <code className="select-all break-all font-mono text-xs" data-testid="mobile-api-base">
              {baseUrl}
            </code>
            {" · "}
            <a href={`${baseUrl}/docs`} target="_blank" rel="noreferrer" className="text-indigo-800 underline" data-testid="mobile-api-docs">
              {t("mobileApps.about.docs")}
            </a>
          </dd>
        </dl>
        <div>
          <p className="font-medium text-slate-900">{t("mobileApps.about.snippet")}</p>
          <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100" data-testid="mobile-api-snippet">
            {enrolmentSnippet(baseUrl, sampleKey ?? t("mobileApps.about.snippetKey"))}
          </pre>
        </div>
      </div>
    </Card>
  );
}
