"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { Card, PageHeader } from "@/components/ui/Page";
import { loginUrlFor } from "@/lib/session/safe-next";
import { readImportAnswer, refusalKey, type ImportAnswer } from "../csv";
import { ImportReportView } from "./ImportReportView";

/** Upload a CSV of customers (Admin): options, then the API's report with each row's problem. */
export function CustomerImport() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mode, setMode] = useState<"keep-valid" | "all-or-nothing">("keep-valid");
  const [dryRun, setDryRun] = useState(false);
  const [charset, setCharset] = useState("auto");
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFileError(file ? null : t("import.fileRequired"));
    if (!file) return;
    setBusy(true);
    setAnswer(null);
    const params = new URLSearchParams({ mode, dryRun: String(dryRun), charset, fileName: file.name });
    const form = new FormData();
    form.append("file", file, file.name);
    try {
      const response = await fetch(`/api/imports/customers?${params.toString()}`, { method: "POST", body: form, credentials: "same-origin" });
      if (response.status === 401) {
        window.location.assign(loginUrlFor("/customers/import", "expired"));
        return;
      }
      const body: unknown = await response.json().catch(() => null);
      setAnswer(readImportAnswer(response.status, body));
    } catch (error) {
      setAnswer({ kind: "failed", code: "NETWORK_ERROR", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title={t("import.title")}>
        <Link href="/customers" className="text-indigo-800 underline">
          {t("customers.title")}
        </Link>
      </PageHeader>
      <Card>
        <p className="mb-4 text-sm text-slate-700">{t("import.intro")}</p>
        <form onSubmit={submit} noValidate className="space-y-4" data-testid="import-form">
          <div>
            <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
              {t("import.file")}
              <span aria-hidden="true" className="text-red-700"> *</span>
            </label>
            <input
              id="import-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
              aria-invalid={fileError ? true : undefined}
              className="mt-1 block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
              }}
            />
            <p id="import-file-hint" className="mt-1 text-xs text-slate-600">
              {t("import.fileHint")}
            </p>
            {fileError ? (
              <p id="import-file-error" className="mt-1 text-sm text-red-700" data-field-error>
                {fileError}
              </p>
            ) : null}
          </div>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium text-slate-800">{t("import.mode")}</legend>
            {(
              [
                ["keep-valid", "import.mode.keepValid"],
                ["all-or-nothing", "import.mode.allOrNothing"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="radio" name="import-mode" value={value} checked={mode === value} onChange={() => setMode(value)} className="h-4 w-4" />
                {t(label)}
              </label>
            ))}
          </fieldset>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input id="import-dry-run" type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} className="h-4 w-4" />
            {t("import.dryRun")}
          </label>
          <SelectField id="import-charset" className="max-w-sm" label={t("import.charset")} value={charset} onValue={setCharset}>
            <option value="auto">{t("import.charset.auto")}</option>
            <option value="utf-8">UTF-8</option>
            <option value="windows-1252">Windows-1252</option>
            <option value="iso-8859-1">ISO-8859-1</option>
          </SelectField>
          <Button type="submit" busy={busy} data-testid="import-submit">
            {busy ? t("import.submitting") : dryRun ? t("import.check") : t("import.submit")}
          </Button>
        </form>
      </Card>
      {answer?.kind === "report" ? <ImportReportView report={answer.report} /> : null}
      {answer?.kind === "refused" ? (
        <Alert kind="error" testId="import-refused">
          {t(refusalKey(answer.reason))} {answer.line ? t("import.refusedLine", { line: answer.line }) : null}
          {answer.message ? <span className="mt-1 block text-xs opacity-80">{answer.message}</span> : null}
        </Alert>
      ) : null}
      {answer?.kind === "failed" ? (
        <Alert kind="error" testId="import-failed">
          {answer.code === "FORBIDDEN" ? t("errors.forbidden") : answer.code === "NETWORK_ERROR" ? t("errors.network") : t("import.refused.other")}
        </Alert>
      ) : null}
    </div>
  );
}
