"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button, focusRing } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { Card } from "@/components/ui/Page";
import { AddCustomerTagDocument, RemoveCustomerTagDocument } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { checkTag } from "../validation";

/** The customer's tags: remove one with its ×, add one by name (stored lower-case). */
export function TagsEditor({ customerId, tags, onChange }: { customerId: string; tags: readonly string[]; onChange: (tags: string[]) => void }) {
  const { t, fmt } = useI18n();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [add, adding] = useMutation(AddCustomerTagDocument);
  const [remove, removing] = useMutation(RemoveCustomerTagDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = checkTag(draft);
    setError(issue ? t(issue.key, issue.params) : null);
    if (issue) return;
    const result = await add({ customerId, tag: draft.trim() });
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    setErrors([]);
    setDraft("");
    onChange(result.data.addCustomerTag.tags);
  }

  async function drop(tag: string) {
    const result = await remove({ customerId, tag });
    if (!result.ok) setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
    else {
      setErrors([]);
      onChange(result.data.removeCustomerTag.tags);
    }
  }

  return (
    <Card title={t("customers.tags.title")}>
      <AlertList messages={errors} />
      {tags.length === 0 ? <p className="text-sm text-slate-700">{t("customers.tags.none")}</p> : null}
      <ul className="flex flex-wrap gap-2" data-testid="customer-tags">
        {tags.map((tag) => (
          <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-indigo-100 py-0.5 pl-3 pr-1 text-sm text-indigo-900">
            {tag}
            <button
              type="button"
              className={`rounded-full px-1.5 text-indigo-900 hover:bg-indigo-200 ${focusRing}`}
              aria-label={t("customers.tags.remove", { tag })}
              disabled={removing}
              onClick={() => void drop(tag)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} noValidate className="mt-3 flex items-end gap-2">
        <TextField id="new-tag" className="flex-1" label={t("customers.tags.new")} value={draft} onValue={setDraft} error={error} maxLength={40} autoComplete="off" />
        <Button type="submit" variant="secondary" busy={adding} data-testid="tag-add">
          {t("customers.tags.add")}
        </Button>
      </form>
    </Card>
  );
}
