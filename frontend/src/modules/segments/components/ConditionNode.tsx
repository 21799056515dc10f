"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Button, focusRing } from "@/components/ui/Button";
import type { SegmentFact } from "@/gql/graphql";
import type { NodeError, SegmentErrors } from "../errors";
import {
  addTo,
  childrenOf,
  type Condition,
  type FactDefaults,
  FACTS,
  type GroupKind,
  kindOf,
  newFact,
  pathId,
  removeAt,
  setFactField,
  setFactKind,
  setGroupKind,
  toggleNot,
  withinLimits,
  wrapInGroup,
} from "../tree";
import { FactFields } from "./FactFields";

// One node of the condition tree and, through itself, its children: a group (all / any) with its
// conditions and the buttons to add more, a negation around one condition, or a fact with its fields.
// Every change goes through the pure functions of tree.ts on the whole tree; a change the API's limits
// would refuse is not offered (its button is disabled).

export interface TreeContext {
  root: Condition;
  onChange: (root: Condition) => void;
  errors: SegmentErrors;
  readOnly: boolean;
  tags: readonly string[];
  tagListId: string;
  locations: ReadonlyArray<{ id: string; name: string }>;
  defaults: FactDefaults;
}

function NodeErrors({ path, errors }: { path: string; errors: readonly NodeError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={`seg-${pathId(path)}-errors`} className="mt-1 space-y-0.5 text-sm text-red-700" data-testid="seg-node-errors" data-path={path} data-field-error>
      {errors.map((e) => (
        <li key={`${e.field ?? ""}:${e.message}`}>{e.message}</li>
      ))}
    </ul>
  );
}

export function ConditionNode({ node, path, ctx }: { node: Condition; path: string; ctx: TreeContext }) {
  const { t } = useI18n();
  const kind = kindOf(node);
  const pid = pathId(path);
  const errors = ctx.errors.nodes[path] ?? [];
  const apply = (next: Condition) => {
    if (withinLimits(next)) ctx.onChange(next);
  };
  const allowed = (next: Condition) => !ctx.readOnly && withinLimits(next);

  const negated = toggleNot(ctx.root, path);
  const grouped = wrapInGroup(ctx.root, path, "any");
  const removed = removeAt(ctx.root, path);
  const actions = ctx.readOnly ? null : (
    <div className="flex flex-wrap gap-1">
      {kind !== "not" ? (
        <Button small variant="ghost" disabled={!allowed(negated)} onClick={() => apply(negated)} data-testid={`seg-negate-${pid}`}>
          {t("segments.action.negate")}
        </Button>
      ) : null}
      {kind === "fact" ? (
        <Button small variant="ghost" disabled={!allowed(grouped)} onClick={() => apply(grouped)} data-testid={`seg-group-${pid}`}>
          {t("segments.action.group")}
        </Button>
      ) : null}
      {path !== "" || (kind !== "all" && kind !== "any") ? (
        <Button small variant="ghost" onClick={() => ctx.onChange(removed)} data-testid={`seg-remove-${pid}`}>
          {t(kind === "fact" ? "segments.action.remove" : "segments.action.removeGroup")}
        </Button>
      ) : null}
    </div>
  );

  if (kind === "all" || kind === "any") {
    const children = childrenOf(node, path);
    const group = kind as GroupKind;
    const addFact = (fact: SegmentFact) => addTo(ctx.root, path, newFact(fact, ctx.defaults));
    const addGroup = addTo(ctx.root, path, { [group === "all" ? "any" : "all"]: [newFact("VISIT_COUNT", ctx.defaults)] });
    const canAddFact = allowed(addFact("VISIT_COUNT"));
    return (
      <div className={`rounded-md border border-slate-300 p-3 ${path === "" ? "bg-white" : "bg-slate-50"}`} data-testid="seg-node" data-path={path} data-kind={kind}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <select
            id={`seg-${pid}-group`}
            aria-label={t("segments.group.kind")}
            disabled={ctx.readOnly}
            className={`rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-medium text-slate-900 ${focusRing}`}
            value={group}
            onChange={(e) => ctx.onChange(setGroupKind(ctx.root, path, e.target.value as GroupKind))}
          >
            <option value="all">{t("segments.group.all")}</option>
            <option value="any">{t("segments.group.any")}</option>
          </select>
          {actions}
        </div>
        {children.length === 0 ? <p className="mt-2 text-sm text-slate-700">{t("segments.emptyGroup")}</p> : null}
        <ol className="mt-2 space-y-2">
          {children.map((c, i) => (
            <li key={c.path}>
              {i > 0 ? (
                <span className="mb-1 inline-block rounded bg-indigo-100 px-1.5 text-xs font-semibold uppercase text-indigo-900" aria-hidden="true">
                  {t(`segments.joiner.${group}`)}
                </span>
              ) : null}
              <ConditionNode node={c.node} path={c.path} ctx={ctx} />
            </li>
          ))}
        </ol>
        <NodeErrors path={path} errors={errors} />
        {ctx.readOnly ? null : (
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <label htmlFor={`seg-${pid}-add`} className="sr-only">
              {t("segments.add.fact")}
            </label>
            <select
              id={`seg-${pid}-add`}
              disabled={!canAddFact}
              className={`rounded-md border border-dashed border-indigo-400 bg-white px-2 py-1.5 text-sm text-indigo-900 disabled:text-slate-400 ${focusRing}`}
              value=""
              onChange={(e) => {
                if (e.target.value) apply(addFact(e.target.value as SegmentFact));
              }}
            >
              <option value="">+ {t("segments.add.fact")}</option>
              {FACTS.map((f) => (
                <option key={f} value={f}>
                  {t(`segments.fact.${f}`)}
                </option>
              ))}
            </select>
            <Button small variant="secondary" disabled={!allowed(addGroup)} onClick={() => apply(addGroup)} data-testid={`seg-add-group-${pid}`}>
              + {t("segments.add.group")}
            </Button>
          </div>
        )}
      </div>
    );
  }

  if (kind === "not" && node.not) {
    const unnegated = toggleNot(ctx.root, path);
    return (
      <div className="rounded-md border-l-4 border-amber-500 bg-amber-50/50 p-2" data-testid="seg-node" data-path={path} data-kind="not">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span className="text-sm font-semibold text-amber-900">{t("segments.not.title")}</span>
          {ctx.readOnly ? null : (
            <Button small variant="ghost" onClick={() => ctx.onChange(unnegated)} data-testid={`seg-unnegate-${pid}`}>
              {t("segments.action.unnegate")}
            </Button>
          )}
        </div>
        <div className="mt-1">
          <ConditionNode node={node.not} path={`${path === "" ? "" : `${path}.`}not`} ctx={ctx} />
        </div>
        <NodeErrors path={path} errors={errors} />
      </div>
    );
  }

  if (kind === "fact") {
    return (
      <div className={`rounded-md border bg-white p-2 ${errors.length > 0 ? "border-red-400" : "border-slate-200"}`} data-testid="seg-node" data-path={path} data-kind="fact" data-fact={node.fact}>
        <div className="flex flex-wrap items-end justify-between gap-2">
          <FactFields
            node={node}
            path={path}
            errors={errors}
            readOnly={ctx.readOnly}
            tags={ctx.tags}
            tagListId={ctx.tagListId}
            locations={ctx.locations}
            onFact={(fact) => ctx.onChange(setFactKind(ctx.root, path, fact, ctx.defaults))}
            onField={(field, value) => ctx.onChange(setFactField(ctx.root, path, field, value))}
          />
          {actions}
        </div>
        <NodeErrors path={path} errors={errors} />
      </div>
    );
  }

  // A node of no kind (not something the editor makes): offer to replace it with a fact.
  return (
    <div className="rounded-md border border-red-300 p-2" data-testid="seg-node" data-path={path} data-kind="empty">
      <NodeErrors path={path} errors={errors} />
      {ctx.readOnly ? null : (
        <Button small variant="secondary" onClick={() => ctx.onChange(setFactKind(ctx.root, path, FACTS[0]!, ctx.defaults))}>
          + {t("segments.add.fact")}
        </Button>
      )}
    </div>
  );
}
