import type { ApiError } from "@/lib/api/errors";
import { describeError } from "@/lib/api/messages";
import { type FormatContext, formatNumber } from "@/lib/format";
import type { Translator } from "@/lib/i18n";
import { type Condition, type FactField, findFacts, type LocalProblem, locate, SEGMENT_LIMITS } from "./tree";

// The API's refusals of a condition (segmentPreview, createSegment, updateSegment) placed at the node
// they are about: extensions.field "condition" with extensions.path ("all.1.op") and reason. A few
// refusals name no node (a tag no customer has, a deactivated or unknown location): the message names
// the tag or the id, so they go to the facts that carry it.

export interface NodeError {
  message: string;
  field?: FactField;
}

export interface SegmentErrors {
  /** By node path ("" = the root). */
  nodes: Record<string, NodeError[]>;
  /** The segment's name (save only). */
  name?: string;
  /** Errors of no node nor field, in words. */
  form: string[];
}

export function emptyErrors(): SegmentErrors {
  return { nodes: {}, form: [] };
}

function add(errors: SegmentErrors, path: string, error: NodeError) {
  const list = (errors.nodes[path] ??= []);
  if (!list.some((e) => e.message === error.message && e.field === error.field)) list.push(error);
}

function reasonMessage(error: ApiError, field: FactField | undefined, t: Translator, fmt: FormatContext): string {
  const n = (value: number) => formatNumber(value, fmt.locale);
  switch (error.reason) {
    case "TOO_DEEP":
      return t("segments.reason.TOO_DEEP", { max: SEGMENT_LIMITS.depth });
    case "TOO_MANY_FACTS":
      return t("segments.reason.TOO_MANY_FACTS", { max: SEGMENT_LIMITS.facts });
    case "CHILDREN":
      return t("segments.reason.CHILDREN", { max: SEGMENT_LIMITS.children });
    case "OPERATOR":
      return t("segments.reason.OPERATOR");
    case "INVALID_ID":
      return t("segments.reason.INVALID_ID");
    case "REQUIRED":
      return t("segments.problem.REQUIRED");
    case "TAG":
      return t("segments.problem.tag", { max: SEGMENT_LIMITS.tag });
    case "RANGE":
      if (field === "days") return t("segments.problem.days", { max: n(SEGMENT_LIMITS.days) });
      if (field === "number") return t("segments.problem.number", { max: n(SEGMENT_LIMITS.number) });
      if (field === "month") return t("segments.problem.month");
      return t("segments.reason.other", { detail: error.message || "?" });
    default:
      return t("segments.reason.other", { detail: error.message || "?" });
  }
}

/** The quoted value in an API message ("No customer has the tag 'vip' ..." → vip). */
function quoted(message: string): string | undefined {
  return /'([^']*)'/.exec(message)?.[1];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The API's errors as messages at the nodes of root (the tree they were about), the name's error, and
 * the rest in words.
 */
export function segmentErrorsFromApi(apiErrors: readonly ApiError[] | null | undefined, root: Condition, t: Translator, fmt: FormatContext): SegmentErrors {
  const errors = emptyErrors();
  for (const error of apiErrors ?? []) {
    if (error.code === "BAD_USER_INPUT" && error.field === "condition") {
      if (error.reason === "UNKNOWN_TAG") {
        const tag = quoted(error.message) ?? "";
        const paths = findFacts(root, (f) => f.fact === "TAG" && (f.tag ?? "").trim().toLowerCase() === tag);
        const message = t("segments.reason.UNKNOWN_TAG", { tag });
        if (paths.length === 0) errors.form.push(message);
        for (const path of paths) add(errors, path, { message, field: "tag" });
        continue;
      }
      if (error.reason === "LOCATION_INACTIVE") {
        const id = UUID.exec(error.message)?.[0];
        const paths = id ? findFacts(root, (f) => f.fact === "VISITED_LOCATION" && f.locationId === id) : [];
        const message = t("segments.reason.LOCATION_INACTIVE");
        if (paths.length === 0) errors.form.push(message);
        for (const path of paths) add(errors, path, { message, field: "locationId" });
        continue;
      }
      const { path, field } = locate(root, error.path);
      add(errors, path, { message: reasonMessage(error, field, t, fmt), field });
      continue;
    }
    if (error.code === "NOT_FOUND" && /^Location not found/i.test(error.message)) {
      const id = UUID.exec(error.message)?.[0];
      const paths = id ? findFacts(root, (f) => f.fact === "VISITED_LOCATION" && f.locationId === id) : [];
      if (paths.length > 0) {
        for (const path of paths) add(errors, path, { message: t("segments.reason.LOCATION_NOT_FOUND"), field: "locationId" });
        continue;
      }
    }
    if (error.field === "name") {
      errors.name = error.code === "CONFLICT" ? t("segments.errors.nameTaken") : t("segments.validation.name");
      continue;
    }
    if (error.code === "BAD_USER_INPUT" && error.field === "id") {
      errors.form.push(t("segments.errors.builtIn"));
      continue;
    }
    const message = describeError(error, t, fmt).message;
    if (!errors.form.includes(message)) errors.form.push(message);
  }
  return errors;
}

/** The editor's own findings (before the API is asked) in words, at their nodes. */
export function localErrors(problems: readonly LocalProblem[], t: Translator, fmt: FormatContext): SegmentErrors {
  const errors = emptyErrors();
  const n = (value: number) => formatNumber(value, fmt.locale);
  for (const problem of problems) {
    let message: string;
    if (problem.reason === "CHILDREN") message = t("segments.problem.CHILDREN");
    else if (problem.reason === "TAG") message = t("segments.problem.tag", { max: SEGMENT_LIMITS.tag });
    else if (problem.reason === "RANGE" && problem.field === "days") message = t("segments.problem.days", { max: n(SEGMENT_LIMITS.days) });
    else if (problem.reason === "RANGE" && problem.field === "number") message = t("segments.problem.number", { max: n(SEGMENT_LIMITS.number) });
    else if (problem.reason === "RANGE" && problem.field === "month") message = t("segments.problem.month");
    else message = t("segments.problem.REQUIRED");
    add(errors, problem.path, { message, field: problem.field });
  }
  return errors;
}

/** Both sets of errors together (the node lists merged). */
export function mergeErrors(a: SegmentErrors, b: SegmentErrors): SegmentErrors {
  const out: SegmentErrors = { nodes: {}, form: [...a.form], name: a.name ?? b.name };
  for (const source of [a, b]) for (const [path, list] of Object.entries(source.nodes)) for (const e of list) add(out, path, e);
  for (const m of b.form) if (!out.form.includes(m)) out.form.push(m);
  return out;
}
