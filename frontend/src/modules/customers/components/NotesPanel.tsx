"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button, focusRing } from "@/components/ui/Button";
import { Card } from "@/components/ui/Page";
import { AddCustomerNoteDocument } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatDateTime } from "@/lib/format";
import { CUSTOMER_LIMITS } from "../validation";

export interface NoteItem {
  id: string;
  body: string;
  createdAt: string;
}

/** Notes about the customer (latest first); adding one also puts it on the timeline. */
export function NotesPanel({ customerId, notes, onAdded }: { customerId: string; notes: readonly NoteItem[]; onAdded: (note: NoteItem) => void }) {
  const { t, fmt } = useI18n();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [add, adding] = useMutation(AddCustomerNoteDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = body.trim();
    const invalid = text === "" || text.length > CUSTOMER_LIMITS.note;
    setError(invalid ? t("customers.validation.note", { max: CUSTOMER_LIMITS.note }) : null);
    if (invalid) return;
    const result = await add({ customerId, body: text });
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    setErrors([]);
    setBody("");
    onAdded(result.data.addCustomerNote);
  }

  return (
    <Card title={t("customers.notes.title")}>
      <AlertList messages={errors} />
      <form onSubmit={submit} noValidate className="space-y-2">
        <label htmlFor="note-body" className="block text-sm font-medium text-slate-800">
          {t("customers.notes.new")}
        </label>
        <textarea
          id="note-body"
          rows={3}
          maxLength={CUSTOMER_LIMITS.note}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "note-body-error" : undefined}
          className={`block w-full rounded-md border px-3 py-2 text-slate-900 ${error ? "border-red-600" : "border-slate-300"} ${focusRing}`}
        />
        {error ? (
          <p id="note-body-error" className="text-sm text-red-700" data-field-error>
            {error}
          </p>
        ) : null}
        <Button type="submit" variant="secondary" busy={adding} data-testid="note-add">
          {t("customers.notes.add")}
        </Button>
      </form>
      {notes.length === 0 ? <p className="mt-3 text-sm text-slate-700">{t("customers.notes.none")}</p> : null}
      <ul className="mt-3 space-y-3" data-testid="customer-notes">
        {notes.map((note) => (
          <li key={note.id} className="rounded-md bg-slate-50 p-3">
            <p className="whitespace-pre-line break-words text-sm text-slate-900">{note.body}</p>
            <time dateTime={note.createdAt} className="text-xs text-slate-600">
              {formatDateTime(note.createdAt, fmt)}
            </time>
          </li>
        ))}
      </ul>
    </Card>
  );
}
