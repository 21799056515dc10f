import { describe, expect, it } from "vitest";
import { dayIn, startOfDayIn } from "./dates";
import { previewPlan } from "./preview";
import {
  addTo,
  type Condition,
  conditionKey,
  emptyCondition,
  FACTS,
  fromCondition,
  locate,
  newFact,
  nodeAt,
  problemsOf,
  removeAt,
  SEGMENT_LIMITS,
  setFactField,
  setFactKind,
  setGroupKind,
  statsOf,
  toggleNot,
  toInput,
  withinLimits,
  wrapInGroup,
} from "./tree";

// The editor's tree operations, on the API's own paths: what each button does to the tree and what the
// API is then sent.

const LOCATION = "11111111-1111-4111-8111-111111111111";

/** Root all: [visits ≥ 3, any: [tag vip, not(last visit within 30 days)]]: built as a person would. */
function nested(): Condition {
  let tree = emptyCondition();
  tree = addTo(tree, "", { any: [newFact("TAG", { tags: ["vip"] })] });
  tree = addTo(tree, "all.1", newFact("LAST_VISIT"));
  tree = setFactField(tree, "all.1.any.1", "op", "WITHIN_LAST_DAYS");
  tree = toggleNot(tree, "all.1.any.1");
  return tree;
}

describe("building a tree", () => {
  it("starts with one visit-count fact in an 'all' group", () => {
    expect(emptyCondition()).toEqual({ all: [{ fact: "VISIT_COUNT", op: "GTE", number: 3 }] });
  });

  it("nests groups and negations, addressed by the API's paths", () => {
    const tree = nested();
    expect(toInput(tree)).toEqual({
      all: [
        { fact: "VISIT_COUNT", op: "GTE", number: 3 },
        { any: [{ fact: "TAG", tag: "vip" }, { not: { fact: "LAST_VISIT", op: "WITHIN_LAST_DAYS", days: 30 } }] },
      ],
    });
    expect(nodeAt(tree, "all.1.any.1.not")).toEqual({ fact: "LAST_VISIT", op: "WITHIN_LAST_DAYS", days: 30 });
    expect(nodeAt(tree, "all.1.any.2")).toBeUndefined();
    expect(nodeAt(tree, "all.x")).toBeUndefined();
    expect(statsOf(tree)).toEqual({ depth: 4, facts: 3, widest: 2 });
  });

  it("switches a group between all and any, keeping its conditions", () => {
    const tree = setGroupKind(nested(), "all.1", "all");
    expect(nodeAt(tree, "all.1")?.all).toHaveLength(2);
    expect(nodeAt(tree, "all.1")?.any).toBeUndefined();
  });

  it("groups a fact on its own and takes a negation away again", () => {
    const grouped = wrapInGroup(nested(), "all.0", "any");
    expect(nodeAt(grouped, "all.0")).toEqual({ any: [{ fact: "VISIT_COUNT", op: "GTE", number: 3 }] });
    const unnegated = toggleNot(nested(), "all.1.any.1");
    expect(nodeAt(unnegated, "all.1.any.1")).toEqual({ fact: "LAST_VISIT", op: "WITHIN_LAST_DAYS", days: 30 });
  });

  it("reads a condition the API answered (nulls and __typename dropped)", () => {
    const answered = { __typename: "SegmentCondition", all: [{ __typename: "SegmentCondition", fact: "TAG", op: null, tag: "vip", all: null, any: null, not: null }], any: null, not: null, fact: null };
    expect(fromCondition(answered)).toEqual({ all: [{ fact: "TAG", tag: "vip" }] });
  });
});

describe("removing nodes", () => {
  it("removes a condition from its group and renumbers the rest", () => {
    const tree = removeAt(nested(), "all.0");
    expect(toInput(tree)).toEqual({ all: [{ any: [{ fact: "TAG", tag: "vip" }, { not: { fact: "LAST_VISIT", op: "WITHIN_LAST_DAYS", days: 30 } }] }] });
  });

  it("takes the negation with the condition it negated", () => {
    const tree = removeAt(nested(), "all.1.any.1.not");
    expect(nodeAt(tree, "all.1")).toEqual({ any: [{ fact: "TAG", tag: "vip" }] });
  });

  it("removes a whole group, and leaves an empty root to fill when the root goes", () => {
    expect(removeAt(nested(), "all.1")).toEqual({ all: [{ fact: "VISIT_COUNT", op: "GTE", number: 3 }] });
    expect(removeAt(nested(), "")).toEqual({ all: [] });
    expect(problemsOf({ all: [] })).toEqual([{ path: "", reason: "CHILDREN" }]);
  });

  it("changes nothing for a path that names no node", () => {
    const tree = nested();
    expect(removeAt(tree, "all.7")).toBe(tree);
  });
});

describe("each fact's fields as the API takes them", () => {
  const cases: Array<[string, Condition, Condition]> = [
    ["visit count", { fact: "VISIT_COUNT", op: "LT", number: 2, days: 9 }, { fact: "VISIT_COUNT", op: "LT", number: 2 }],
    ["points", { fact: "POINTS_BALANCE", op: "GTE", number: 500 }, { fact: "POINTS_BALANCE", op: "GTE", number: 500 }],
    ["last visit, days ago", { fact: "LAST_VISIT", op: "MORE_THAN_DAYS_AGO", days: 60, date: "2026-01-01T05:00:00.000Z" }, { fact: "LAST_VISIT", op: "MORE_THAN_DAYS_AGO", days: 60 }],
    ["first visit, before a date", { fact: "FIRST_VISIT", op: "BEFORE", days: 30, date: "2026-03-01T05:00:00.000Z" }, { fact: "FIRST_VISIT", op: "BEFORE", date: "2026-03-01T05:00:00.000Z" }],
    ["never visited", { fact: "LAST_VISIT", op: "NEVER", days: 30 }, { fact: "LAST_VISIT", op: "NEVER" }],
    ["enrolled after", { fact: "ENROLLED", op: "AFTER", date: "2026-02-01T05:00:00.000Z" }, { fact: "ENROLLED", op: "AFTER", date: "2026-02-01T05:00:00.000Z" }],
    ["location, any time", { fact: "VISITED_LOCATION", locationId: LOCATION }, { fact: "VISITED_LOCATION", locationId: LOCATION }],
    ["location, last days", { fact: "VISITED_LOCATION", locationId: LOCATION, days: 14, op: "GTE" }, { fact: "VISITED_LOCATION", locationId: LOCATION, days: 14 }],
    ["tag (trimmed, lower-case)", { fact: "TAG", tag: "  VIP Gold " }, { fact: "TAG", tag: "vip gold" }],
    ["birthday month", { fact: "BIRTHDAY_MONTH", month: 2 }, { fact: "BIRTHDAY_MONTH", month: 2 }],
    ["consent", { fact: "CONSENT", consent: "MARKETING" }, { fact: "CONSENT", consent: "MARKETING" }],
    ["platform", { fact: "DEVICE_PLATFORM", platform: "IOS" }, { fact: "DEVICE_PLATFORM", platform: "IOS" }],
    ["opened a notification", { fact: "OPENED_NOTIFICATION", days: 7 }, { fact: "OPENED_NOTIFICATION", days: 7 }],
  ];
  it.each(cases)("%s", (_, node, input) => {
    expect(toInput(node)).toEqual(input);
    expect(problemsOf(node)).toEqual([]);
  });

  it("starts every kind of fact complete (it counts at once), but a location or tag when there is one", () => {
    for (const fact of FACTS) {
      const node = newFact(fact, { locations: [{ id: LOCATION }], tags: ["vip"], month: 5 });
      expect(problemsOf(node), fact).toEqual([]);
    }
    expect(problemsOf(newFact("VISITED_LOCATION"))).toEqual([{ path: "", field: "locationId", reason: "REQUIRED" }]);
    expect(problemsOf(newFact("TAG"))).toEqual([{ path: "", field: "tag", reason: "REQUIRED" }]);
  });

  it("changing a time fact's operator gives it the value that operator takes, and nothing else", () => {
    let tree: Condition = { all: [{ fact: "FIRST_VISIT", op: "BEFORE", date: "2026-03-01T05:00:00.000Z" }] };
    tree = setFactField(tree, "all.0", "op", "WITHIN_LAST_DAYS");
    // The editor's value itself is what the API takes (a consumer may send it as it is).
    expect(tree).toEqual({ all: [{ fact: "FIRST_VISIT", op: "WITHIN_LAST_DAYS", days: 30 }] });
    tree = setFactField(tree, "all.0", "op", "BEFORE");
    expect(tree).toEqual({ all: [{ fact: "FIRST_VISIT", op: "BEFORE" }] });
    expect(problemsOf(tree)).toEqual([{ path: "all.0", field: "date", reason: "REQUIRED" }]);
    tree = setFactField(tree, "all.0", "date", "2026-03-01T05:00:00.000Z");
    tree = setFactField(tree, "all.0", "op", "NEVER");
    expect(tree).toEqual({ all: [{ fact: "FIRST_VISIT", op: "NEVER" }] });
    tree = setFactKind(tree, "all.0", "CONSENT");
    expect(toInput(tree)).toEqual({ all: [{ fact: "CONSENT", consent: "PUSH" }] });
  });

  it("finds what is missing or out of range, field by field", () => {
    const tree: Condition = {
      all: [
        { fact: "VISIT_COUNT", op: "GTE" },
        { fact: "OPENED_NOTIFICATION", days: 0 },
        { fact: "POINTS_BALANCE", op: "GT", number: 2.5 },
        { fact: "BIRTHDAY_MONTH", month: 13 },
        { fact: "TAG", tag: "x".repeat(41) },
        { any: [] },
      ],
    };
    expect(problemsOf(tree)).toEqual([
      { path: "all.0", field: "number", reason: "REQUIRED" },
      { path: "all.1", field: "days", reason: "RANGE" },
      { path: "all.2", field: "number", reason: "RANGE" },
      { path: "all.3", field: "month", reason: "RANGE" },
      { path: "all.4", field: "tag", reason: "TAG" },
      { path: "all.5", reason: "CHILDREN" },
    ]);
  });
});

describe("limits", () => {
  it("knows the API's: 5 levels, 50 facts, 20 per group", () => {
    expect(SEGMENT_LIMITS).toMatchObject({ depth: 5, facts: 50, children: 20 });
    // all > any > not > all > fact: 5 levels.
    const deep: Condition = { all: [{ any: [{ not: { all: [newFact("VISIT_COUNT")] } }] }] };
    expect(statsOf(deep).depth).toBe(5);
    expect(withinLimits(deep)).toBe(true);
    expect(withinLimits(wrapInGroup(deep, "all.0.any.0.not.all.0", "any"))).toBe(false);
    expect(withinLimits(toggleNot(deep, "all.0.any.0.not.all.0"))).toBe(false);
  });

  it("counts facts across groups and the widest group", () => {
    const twenty = { all: Array.from({ length: 20 }, () => newFact("VISIT_COUNT")) };
    expect(withinLimits(twenty)).toBe(true);
    expect(withinLimits(addTo(twenty, "", newFact("TAG")))).toBe(false);
    const fifty = { all: [0, 1, 2].map((i) => ({ any: Array.from({ length: i < 2 ? 20 : 10 }, () => newFact("VISIT_COUNT")) })) };
    expect(statsOf(fifty).facts).toBe(50);
    expect(withinLimits(fifty)).toBe(true);
    expect(withinLimits(addTo(fifty, "all.2", newFact("TAG")))).toBe(false);
  });
});

describe("where an API path lands", () => {
  it("finds the node and the fact field the path names", () => {
    const tree = nested();
    expect(locate(tree, "all.1.any.1.not.days")).toEqual({ path: "all.1.any.1.not", field: "days" });
    expect(locate(tree, "all.1.any.0.tag")).toEqual({ path: "all.1.any.0", field: "tag" });
    expect(locate(tree, "all.1")).toEqual({ path: "all.1" });
    expect(locate(tree, "")).toEqual({ path: "" });
    // A node that is gone (the tree changed since): its nearest existing ancestor.
    expect(locate(tree, "all.1.any.5.op")).toEqual({ path: "all.1" });
  });
});

describe("the live count's plan", () => {
  it("asks only for complete trees, keyed by what is sent", () => {
    expect(previewPlan({ all: [{ fact: "TAG", tag: "" }] }).key).toBeNull();
    const a = previewPlan({ all: [{ fact: "TAG", tag: "VIP" }] });
    const b = previewPlan({ all: [{ fact: "TAG", tag: "vip " }] });
    expect(a.key).toBe(b.key);
    expect(a.key).toBe(conditionKey({ all: [{ fact: "TAG", tag: "vip" }] }));
    // Fields the fact's operator does not take change nothing that is counted.
    expect(previewPlan({ fact: "LAST_VISIT", op: "NEVER", days: 4 }).key).toBe(previewPlan({ fact: "LAST_VISIT", op: "NEVER" }).key);
  });
});

describe("dates in the business's time zone", () => {
  it("turns a picked day into that day's midnight there, and back", () => {
    expect(startOfDayIn("2026-03-01", "America/Bogota")).toBe("2026-03-01T05:00:00.000Z");
    expect(dayIn("2026-03-01T05:00:00.000Z", "America/Bogota")).toBe("2026-03-01");
    expect(dayIn("2026-03-01T04:59:00.000Z", "America/Bogota")).toBe("2026-02-28");
    // Madrid changes to summer time on 29 March 2026 (at 02:00): that midnight is still UTC+1.
    expect(startOfDayIn("2026-03-29", "Europe/Madrid")).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayIn("2026-03-30", "Europe/Madrid")).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfDayIn("nope", "America/Bogota")).toBeNull();
    expect(dayIn(null, "America/Bogota")).toBe("");
  });
});
