"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { buttonClass } from "@/components/ui/Button";
import { exportHref } from "../csv";
import type { CustomerListQuery } from "../filters";

/**
 * Downloads of the list as filtered on screen: plain links to the panel's export route, so the
 * browser streams the file to disk however large it is (the route adds the session's bearer token).
 */
export function ExportButtons({ query }: { query: CustomerListQuery }) {
  const { t } = useI18n();
  return (
    <>
      <a href={exportHref(query, "csv")} download className={buttonClass("secondary")} aria-label={t("export.csvLabel")} data-testid="export-csv">
        {t("export.csv")}
      </a>
      <a href={exportHref(query, "excel")} download className={buttonClass("secondary")} aria-label={t("export.excelLabel")} data-testid="export-excel">
        {t("export.excel")}
      </a>
    </>
  );
}
