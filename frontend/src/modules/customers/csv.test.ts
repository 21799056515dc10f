import { describe, expect, it } from "vitest";
import { exportHref, readImportAnswer, refusalKey, rowErrorKey } from "./csv";

describe("customer CSV export links", () => {
  it("carries the list's filters and the format, with the API's parameter names", () => {
    expect(exportHref({ search: " ana  g ", tag: "vip", locationId: "l1" }, "excel")).toBe("/api/exports/customers?format=excel&search=ana+g&tag=vip&visitedLocationId=l1");
    expect(exportHref({ search: "", tag: "", locationId: "" }, "csv")).toBe("/api/exports/customers?format=csv");
  });
});

describe("import answers", () => {
  it("reads a report with its counts and row errors", () => {
    const answer = readImportAnswer(200, {
      status: "COMPLETED_WITH_ERRORS",
      written: true,
      dryRun: false,
      outcome: "1 created",
      file: { name: "clientes.csv", encoding: "UTF-8" },
      rows: 3,
      created: 1,
      errorRows: 2,
      errorCount: 2,
      errorsTruncated: false,
      errors: [{ row: 3, field: "email", column: "Correo", code: "INVALID_EMAIL", message: "bad" }],
      notes: ["note", 4],
    });
    expect(answer.kind).toBe("report");
    if (answer.kind !== "report") return;
    expect(answer.report.counts).toMatchObject({ rows: 3, created: 1, errorRows: 2, updated: 0 });
    expect(answer.report.errors[0]).toEqual({ row: 3, field: "email", column: "Correo", code: "INVALID_EMAIL", message: "bad" });
    expect(answer.report.notes).toEqual(["note"]);
    expect(answer.report.fileName).toBe("clientes.csv");
  });

  it("reads whole-file refusals with their reason and line", () => {
    expect(readImportAnswer(400, { errors: [{ message: "quote", extensions: { code: "BAD_USER_INPUT", reason: "BROKEN_CSV", line: 7 } }] })).toEqual({
      kind: "refused",
      reason: "BROKEN_CSV",
      message: "quote",
      line: 7,
    });
    expect(readImportAnswer(413, null)).toMatchObject({ kind: "refused", reason: "TOO_LARGE" });
    expect(readImportAnswer(403, { errors: [{ message: "no", extensions: { code: "FORBIDDEN" } }] })).toEqual({ kind: "failed", code: "FORBIDDEN", message: "no" });
  });

  it("explains known refusals and row codes, and keeps the API's words for the rest", () => {
    expect(refusalKey("NOT_CSV")).toBe("import.refused.NOT_CSV");
    expect(refusalKey("SOMETHING_NEW")).toBe("import.refused.other");
    expect(rowErrorKey("CONTACT_CONFLICT")).toBe("import.code.CONTACT_CONFLICT");
    expect(rowErrorKey("SOMETHING_NEW")).toBeNull();
  });
});
