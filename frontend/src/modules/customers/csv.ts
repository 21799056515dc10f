import type { MessageKey } from "@/lib/i18n";
import { normalizeSearch, type CustomerListQuery } from "./filters";

// CSV export links and the import's report as the panel shows them. The API's contract:
// docs/csv-import-export.md (GET /api/exports/customers.csv, POST /api/imports/customers).

export type ExportFormat = "csv" | "excel";

/** The panel's download route for the list as filtered on screen. */
export function exportHref(query: CustomerListQuery, format: ExportFormat): string {
  const params = new URLSearchParams({ format });
  const search = normalizeSearch(query.search);
  if (search) params.set("search", search);
  if (query.tag) params.set("tag", query.tag);
  if (query.locationId) params.set("visitedLocationId", query.locationId);
  return `/api/exports/customers?${params.toString()}`;
}

export interface ImportRowError {
  row: number;
  field: string | null;
  column: string | null;
  code: string;
  message: string;
}

export interface ImportReport {
  status: string;
  dryRun: boolean;
  written: boolean;
  outcome: string;
  fileName: string | null;
  encoding: string | null;
  counts: {
    rows: number;
    blankRows: number;
    created: number;
    updated: number;
    unchanged: number;
    errorRows: number;
    balancesCredited: number;
  };
  errorCount: number;
  errorsTruncated: boolean;
  errors: ImportRowError[];
  notes: string[];
}

export type ImportAnswer =
  | { kind: "report"; report: ImportReport }
  | { kind: "refused"; reason: string | null; message: string; line: number | null }
  | { kind: "failed"; code: string; message: string };

const num = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const record = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** The API's answer to an upload: a report (200), a whole-file refusal (400/413 with a reason), or another failure. */
export function readImportAnswer(status: number, body: unknown): ImportAnswer {
  const root = record(body);
  if (status === 200 && typeof root.status === "string") {
    const file = record(root.file);
    return {
      kind: "report",
      report: {
        status: root.status,
        dryRun: root.dryRun === true,
        written: root.written === true,
        outcome: str(root.outcome) ?? "",
        fileName: str(file.name),
        encoding: str(file.encoding),
        counts: {
          rows: num(root.rows),
          blankRows: num(root.blankRows),
          created: num(root.created),
          updated: num(root.updated),
          unchanged: num(root.unchanged),
          errorRows: num(root.errorRows),
          balancesCredited: num(root.balancesCredited),
        },
        errorCount: num(root.errorCount),
        errorsTruncated: root.errorsTruncated === true,
        errors: (Array.isArray(root.errors) ? root.errors : []).map((raw) => {
          const e = record(raw);
          return { row: num(e.row), field: str(e.field), column: str(e.column), code: str(e.code) ?? "UNKNOWN", message: str(e.message) ?? "" };
        }),
        notes: (Array.isArray(root.notes) ? root.notes : []).filter((n): n is string => typeof n === "string"),
      },
    };
  }
  const first = record(Array.isArray(root.errors) ? root.errors[0] : root);
  const ext = record(first.extensions ?? first);
  const code = str(ext.code) ?? (status === 413 ? "PAYLOAD_TOO_LARGE" : "UNKNOWN");
  const message = str(first.message) ?? "";
  if (status === 413 || code === "PAYLOAD_TOO_LARGE") return { kind: "refused", reason: "TOO_LARGE", message, line: null };
  if (code === "BAD_USER_INPUT") return { kind: "refused", reason: str(ext.reason), message, line: typeof ext.line === "number" ? ext.line : null };
  return { kind: "failed", code, message };
}

const REFUSALS: Record<string, MessageKey> = {
  ENCODING: "import.refused.ENCODING",
  NOT_CSV: "import.refused.NOT_CSV",
  EMPTY_FILE: "import.refused.EMPTY_FILE",
  BROKEN_CSV: "import.refused.BROKEN_CSV",
  NO_HEADER: "import.refused.NO_HEADER",
  MISSING_COLUMNS: "import.refused.MISSING_COLUMNS",
  BAD_MAPPING: "import.refused.BAD_MAPPING",
  TOO_LARGE: "import.refused.TOO_LARGE",
};

export function refusalKey(reason: string | null): MessageKey {
  return (reason && REFUSALS[reason]) || "import.refused.other";
}

const ROW_CODES: Record<string, MessageKey> = {
  INVALID_EMAIL: "import.code.INVALID_EMAIL",
  INVALID_PHONE: "import.code.INVALID_PHONE",
  INVALID_BIRTHDAY: "import.code.INVALID_BIRTHDAY",
  INVALID_TAG: "import.code.INVALID_TAG",
  TOO_MANY_TAGS: "import.code.TOO_MANY_TAGS",
  CONTACT_REQUIRED: "import.code.CONTACT_REQUIRED",
  CONTACT_CONFLICT: "import.code.CONTACT_CONFLICT",
  INVALID_BALANCE: "import.code.INVALID_BALANCE",
  NO_LOYALTY_PROGRAM: "import.code.NO_LOYALTY_PROGRAM",
  TOO_MANY_CELLS: "import.code.TOO_MANY_CELLS",
};

/** The row error's explanation in the panel's language; codes it does not know keep the API's words. */
export function rowErrorKey(code: string): MessageKey | null {
  return ROW_CODES[code] ?? null;
}

export const STATUS_TONES: Record<string, "green" | "amber" | "red" | "slate" | "indigo"> = {
  COMPLETED: "green",
  COMPLETED_WITH_ERRORS: "amber",
  VALIDATED: "indigo",
  ROLLED_BACK: "red",
  FAILED: "red",
};
