import { type Condition, conditionKey, type LocalProblem, problemsOf, withinLimits } from "./tree";

// When the live count asks the API: only for a complete tree within the limits, and only when what it
// would count changed (the key is the tree as sent, so a value typed and typed back asks nothing new).

export interface PreviewPlan {
  /** What to count (the input as JSON), null when the tree cannot be counted yet. */
  key: string | null;
  problems: LocalProblem[];
}

export function previewPlan(value: Condition): PreviewPlan {
  const problems = problemsOf(value);
  if (problems.length > 0 || !withinLimits(value)) return { key: null, problems };
  return { key: conditionKey(value), problems };
}
