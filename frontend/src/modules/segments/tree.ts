import type { ConsentType, DevicePlatform, SegmentConditionInput, SegmentFact, SegmentOperator } from "@/gql/graphql";

// A segment's condition tree as the editor changes it: pure functions over SegmentConditionInput, each
// returning a new tree. A node is addressed by the API's own path ("" is the root, "all.1.not" the
// negation that is the second condition of the root's "all"), so a refusal of the API (extensions.path)
// lands on the node it names. The limits are the API's (SegmentRules): 5 levels, 50 facts, 20 conditions
// per group.

export type Condition = SegmentConditionInput;
export type GroupKind = "all" | "any";
export type NodeKind = GroupKind | "not" | "fact" | "empty";
export type FactField = "op" | "number" | "days" | "date" | "tag" | "locationId" | "month" | "consent" | "platform";

export const SEGMENT_LIMITS = { depth: 5, facts: 50, children: 20, days: 3650, number: 1_000_000_000, tag: 40 } as const;

export const FACTS: readonly SegmentFact[] = [
  "VISIT_COUNT",
  "LAST_VISIT",
  "FIRST_VISIT",
  "VISITED_LOCATION",
  "POINTS_BALANCE",
  "TAG",
  "BIRTHDAY_MONTH",
  "ENROLLED",
  "CONSENT",
  "DEVICE_PLATFORM",
  "OPENED_NOTIFICATION",
];

const COMPARISONS: readonly SegmentOperator[] = ["GTE", "GT", "EQ", "LTE", "LT"];
const TIMES: readonly SegmentOperator[] = ["WITHIN_LAST_DAYS", "MORE_THAN_DAYS_AGO", "BEFORE", "AFTER"];

/** The operators a fact takes (none: the fact has no op). */
export function operatorsOf(fact: SegmentFact): readonly SegmentOperator[] {
  switch (fact) {
    case "VISIT_COUNT":
    case "POINTS_BALANCE":
      return COMPARISONS;
    case "FIRST_VISIT":
    case "LAST_VISIT":
      return [...TIMES, "NEVER"];
    case "ENROLLED":
      return TIMES;
    default:
      return [];
  }
}

export const CONSENTS: readonly ConsentType[] = ["PUSH", "LOCATION", "MARKETING"];
export const PLATFORMS: readonly DevicePlatform[] = ["ANDROID", "IOS", "WEB"];

/** The fields a fact takes with its operator, and which of them may be left out. */
export function fieldsOf(fact: SegmentFact, op?: SegmentOperator | null): { required: FactField[]; optional: FactField[] } {
  switch (fact) {
    case "VISIT_COUNT":
    case "POINTS_BALANCE":
      return { required: ["op", "number"], optional: [] };
    case "FIRST_VISIT":
    case "LAST_VISIT":
    case "ENROLLED":
      if (op === "BEFORE" || op === "AFTER") return { required: ["op", "date"], optional: [] };
      if (op === "NEVER") return { required: ["op"], optional: [] };
      return { required: ["op", "days"], optional: [] };
    case "VISITED_LOCATION":
      return { required: ["locationId"], optional: ["days"] };
    case "TAG":
      return { required: ["tag"], optional: [] };
    case "BIRTHDAY_MONTH":
      return { required: ["month"], optional: [] };
    case "CONSENT":
      return { required: ["consent"], optional: [] };
    case "DEVICE_PLATFORM":
      return { required: ["platform"], optional: [] };
    case "OPENED_NOTIFICATION":
      return { required: ["days"], optional: [] };
  }
}

/** What a new fact starts with: values that count at once (the owner adjusts them). */
export interface FactDefaults {
  locations?: ReadonlyArray<{ id: string }>;
  tags?: readonly string[];
  /** 1-12, for BIRTHDAY_MONTH (the current month). */
  month?: number;
}

export function newFact(fact: SegmentFact, defaults: FactDefaults = {}): Condition {
  switch (fact) {
    case "VISIT_COUNT":
      return { fact, op: "GTE", number: 3 };
    case "POINTS_BALANCE":
      return { fact, op: "GTE", number: 100 };
    case "LAST_VISIT":
      return { fact, op: "MORE_THAN_DAYS_AGO", days: 30 };
    case "FIRST_VISIT":
    case "ENROLLED":
      return { fact, op: "WITHIN_LAST_DAYS", days: 30 };
    case "VISITED_LOCATION":
      return { fact, locationId: defaults.locations?.[0]?.id };
    case "TAG":
      return { fact, tag: defaults.tags?.[0] ?? "" };
    case "BIRTHDAY_MONTH":
      return { fact, month: defaults.month ?? new Date().getMonth() + 1 };
    case "CONSENT":
      return { fact, consent: "PUSH" };
    case "DEVICE_PLATFORM":
      return { fact, platform: "ANDROID" };
    case "OPENED_NOTIFICATION":
      return { fact, days: 30 };
  }
}

/** The editor's starting point: "every condition of" one visit-count fact. */
export function emptyCondition(): Condition {
  return { all: [newFact("VISIT_COUNT")] };
}

export function kindOf(node: Condition): NodeKind {
  if (node.all) return "all";
  if (node.any) return "any";
  if (node.not) return "not";
  if (node.fact) return "fact";
  return "empty";
}

export function joinPath(path: string, step: string): string {
  return path === "" ? step : `${path}.${step}`;
}

/** The direct children of a node with their paths. */
export function childrenOf(node: Condition, path: string): Array<{ path: string; node: Condition }> {
  const kind = kindOf(node);
  if (kind === "all" || kind === "any") return (node[kind] ?? []).map((child, i) => ({ path: joinPath(path, `${kind}.${i}`), node: child }));
  if (kind === "not" && node.not) return [{ path: joinPath(path, "not"), node: node.not }];
  return [];
}

type Step = { kind: GroupKind; index: number } | { kind: "not" };

function stepsOf(path: string): Step[] | null {
  if (path === "") return [];
  const tokens = path.split(".");
  const steps: Step[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === "not") steps.push({ kind: "not" });
    else if (token === "all" || token === "any") {
      const index = Number(tokens[++i]);
      if (!Number.isInteger(index) || index < 0) return null;
      steps.push({ kind: token, index });
    } else return null;
  }
  return steps;
}

function pathOf(steps: readonly Step[]): string {
  return steps.map((s) => (s.kind === "not" ? "not" : `${s.kind}.${s.index}`)).join(".");
}

function child(node: Condition, step: Step): Condition | undefined {
  return step.kind === "not" ? (node.not ?? undefined) : (node[step.kind] ?? undefined)?.[step.index];
}

/** The node at path, undefined when there is none. */
export function nodeAt(root: Condition, path: string): Condition | undefined {
  const steps = stepsOf(path);
  if (!steps) return undefined;
  let node: Condition | undefined = root;
  for (const step of steps) {
    node = node ? child(node, step) : undefined;
  }
  return node;
}

function replaceIn(node: Condition, steps: readonly Step[], fn: (n: Condition) => Condition): Condition {
  if (steps.length === 0) return fn(node);
  const [step, ...rest] = steps;
  const inner = child(node, step!);
  if (!inner) return node;
  if (step!.kind === "not") return { not: replaceIn(inner, rest, fn) };
  const list = [...(node[step!.kind] ?? [])];
  list[step!.index] = replaceIn(inner, rest, fn);
  return { [step!.kind]: list };
}

/** The tree with the node at path replaced by fn(node); the same tree when there is no such node. */
export function updateAt(root: Condition, path: string, fn: (node: Condition) => Condition): Condition {
  const steps = stepsOf(path);
  if (!steps || !nodeAt(root, path)) return root;
  return replaceIn(root, steps, fn);
}

/**
 * The tree without the node at path. A negation whose condition is removed goes with it; the root
 * becomes an empty "all" (which the editor asks to fill).
 */
export function removeAt(root: Condition, path: string): Condition {
  const steps = stepsOf(path);
  if (!steps || !nodeAt(root, path)) return root;
  if (steps.length === 0) return { all: [] };
  const last = steps[steps.length - 1]!;
  const parentPath = pathOf(steps.slice(0, -1));
  if (last.kind === "not") return removeAt(root, parentPath);
  return updateAt(root, parentPath, (parent) => ({ [last.kind]: (parent[last.kind as GroupKind] ?? []).filter((_, i) => i !== (last as { index: number }).index) }));
}

/** Adds a condition at the end of the group at path. */
export function addTo(root: Condition, groupPath: string, node: Condition): Condition {
  return updateAt(root, groupPath, (group) => {
    const kind = kindOf(group);
    if (kind !== "all" && kind !== "any") return group;
    return { [kind]: [...(group[kind] ?? []), node] };
  });
}

/** Puts the node at path into a new group of its own (to combine it with others the other way). */
export function wrapInGroup(root: Condition, path: string, kind: GroupKind): Condition {
  return updateAt(root, path, (node) => ({ [kind]: [node] }));
}

/** Negates the node at path, or takes the negation away when it is one. */
export function toggleNot(root: Condition, path: string): Condition {
  return updateAt(root, path, (node) => (node.not ? node.not : { not: node }));
}

/** "Every condition" ↔ "any condition" for the group at path. */
export function setGroupKind(root: Condition, path: string, kind: GroupKind): Condition {
  return updateAt(root, path, (node) => {
    const current = kindOf(node);
    if (current !== "all" && current !== "any") return node;
    return { [kind]: node[current] ?? [] };
  });
}

/** Replaces a fact by another kind of fact (its own fields start anew). */
export function setFactKind(root: Condition, path: string, fact: SegmentFact, defaults: FactDefaults = {}): Condition {
  return updateAt(root, path, () => newFact(fact, defaults));
}

/** The fact with only the fields its fact and operator take (the API refuses any other). */
function pruned(node: Condition): Condition {
  if (!node.fact) return node;
  const { required, optional } = fieldsOf(node.fact, node.op);
  const out: Condition = { fact: node.fact };
  for (const field of [...required, ...optional]) {
    if (node[field] != null && node[field] !== "") (out as Record<string, unknown>)[field] = node[field];
  }
  return out;
}

/**
 * Changes one field of the fact at path (undefined clears it). The fact keeps only the fields it takes,
 * so the tree is always one the API accepts as it is (a time fact switched to "in the last N days"
 * gets 30 days to start with).
 */
export function setFactField<K extends FactField>(root: Condition, path: string, field: K, value: Condition[K] | undefined): Condition {
  return updateAt(root, path, (node) => {
    const next: Condition = { ...node };
    if (value === undefined || value === null || value === "") delete next[field];
    else next[field] = value;
    if (field === "op" && node.fact) {
      const { required } = fieldsOf(node.fact, value as SegmentOperator);
      if (required.includes("days") && next.days == null) next.days = 30;
    }
    return pruned(next);
  });
}

export interface TreeStats {
  /** Levels, the root being 1 (a fact inside the root group is at 2). */
  depth: number;
  facts: number;
  /** The most conditions in one group. */
  widest: number;
}

export function statsOf(root: Condition): TreeStats {
  const walk = (node: Condition, level: number): TreeStats => {
    const kids = childrenOf(node, "");
    let stats: TreeStats = { depth: level, facts: kindOf(node) === "fact" ? 1 : 0, widest: kindOf(node) === "not" ? 0 : kids.length };
    for (const kid of kids) {
      const s = walk(kid.node, level + 1);
      stats = { depth: Math.max(stats.depth, s.depth), facts: stats.facts + s.facts, widest: Math.max(stats.widest, s.widest) };
    }
    return stats;
  };
  return walk(root, 1);
}

/** True when the tree is within the API's limits (so a change that breaks them is not offered). */
export function withinLimits(root: Condition): boolean {
  const s = statsOf(root);
  return s.depth <= SEGMENT_LIMITS.depth && s.facts <= SEGMENT_LIMITS.facts && s.widest <= SEGMENT_LIMITS.children;
}

/** A problem the editor finds itself before asking the API, at a node (and field). */
export interface LocalProblem {
  path: string;
  field?: FactField;
  reason: "REQUIRED" | "RANGE" | "TAG" | "CHILDREN";
}

function inRange(value: number | null | undefined, min: number, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** What is missing or out of range, node by node (empty: the tree can be counted). */
export function problemsOf(root: Condition): LocalProblem[] {
  const problems: LocalProblem[] = [];
  const visit = (node: Condition, path: string) => {
    const kind = kindOf(node);
    if (kind === "empty") problems.push({ path, reason: "REQUIRED" });
    if ((kind === "all" || kind === "any") && (node[kind] ?? []).length === 0) problems.push({ path, reason: "CHILDREN" });
    if (kind === "fact" && node.fact) {
      const { required, optional } = fieldsOf(node.fact, node.op);
      for (const field of required) {
        if (node[field] == null || node[field] === "") problems.push({ path, field, reason: "REQUIRED" });
      }
      const present = (field: FactField) => (required.includes(field) || optional.includes(field)) && node[field] != null;
      if (present("number") && !inRange(node.number, 0, SEGMENT_LIMITS.number)) problems.push({ path, field: "number", reason: "RANGE" });
      if (present("days") && !inRange(node.days, 1, SEGMENT_LIMITS.days)) problems.push({ path, field: "days", reason: "RANGE" });
      if (present("month") && !inRange(node.month, 1, 12)) problems.push({ path, field: "month", reason: "RANGE" });
      if (present("tag") && node.tag && node.tag.trim().length > SEGMENT_LIMITS.tag) problems.push({ path, field: "tag", reason: "TAG" });
      if (required.includes("op") && node.op && !operatorsOf(node.fact).includes(node.op)) problems.push({ path, field: "op", reason: "REQUIRED" });
    }
    for (const kid of childrenOf(node, path)) visit(kid.node, kid.path);
  };
  visit(root, "");
  return problems;
}

/**
 * The tree as it is saved: each fact with only the fields it takes for its operator, tags trimmed and
 * lower-case (as the API stores them; the editor's own value is already accepted as it is).
 */
export function toInput(root: Condition): Condition {
  const kind = kindOf(root);
  if (kind === "all" || kind === "any") return { [kind]: (root[kind] ?? []).map(toInput) };
  if (kind === "not" && root.not) return { not: toInput(root.not) };
  if (kind !== "fact" || !root.fact) return {};
  const { required, optional } = fieldsOf(root.fact, root.op);
  const out: Condition = { fact: root.fact };
  for (const field of [...required, ...optional]) {
    const value = root[field];
    if (value == null || value === "") continue;
    (out as Record<string, unknown>)[field] = field === "tag" && typeof value === "string" ? value.trim().toLowerCase() : value;
  }
  return out;
}

/** A condition read from the API (nulls for absent fields, __typename) as an editor value. */
export function fromCondition(condition: unknown): Condition {
  if (!condition || typeof condition !== "object") return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(condition as Record<string, unknown>)) {
    if (value == null || key === "__typename") continue;
    if (key === "all" || key === "any") out[key] = (value as unknown[]).map(fromCondition);
    else if (key === "not") out[key] = fromCondition(value);
    else out[key] = value;
  }
  return out as Condition;
}

/** Locates an API path ("all.1.op") in the tree: the deepest node it names, and the fact field after it. */
export function locate(root: Condition, apiPath: string | undefined): { path: string; field?: FactField } {
  const tokens = (apiPath ?? "").split(".").filter(Boolean);
  for (let cut = tokens.length; cut > 0; cut--) {
    const path = tokens.slice(0, cut).join(".");
    if (stepsOf(path) && nodeAt(root, path)) {
      const rest = tokens.slice(cut);
      return rest.length === 1 && FACT_FIELD_SET.has(rest[0]!) ? { path, field: rest[0] as FactField } : { path };
    }
  }
  const rest = tokens;
  return rest.length === 1 && FACT_FIELD_SET.has(rest[0]!) ? { path: "", field: rest[0] as FactField } : { path: "" };
}

const FACT_FIELD_SET: ReadonlySet<string> = new Set<FactField>(["op", "number", "days", "date", "tag", "locationId", "month", "consent", "platform"]);

/** Paths of the facts for which test(fact) holds (e.g. the TAG facts with a given tag). */
export function findFacts(root: Condition, test: (fact: Condition) => boolean): string[] {
  const found: string[] = [];
  const visit = (node: Condition, path: string) => {
    if (kindOf(node) === "fact" && test(node)) found.push(path);
    for (const kid of childrenOf(node, path)) visit(kid.node, kid.path);
  };
  visit(root, "");
  return found;
}

/** A stable key of what would be counted (two trees with the same key count the same). */
export function conditionKey(root: Condition): string {
  return JSON.stringify(toInput(root));
}

/** A DOM-safe id fragment for a path ("all.1.not" → "all-1-not", the root → "root"). */
export function pathId(path: string): string {
  return path === "" ? "root" : path.replace(/\./g, "-");
}
