"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { Card, PageHeader } from "@/components/ui/Page";
import { PreviewPushDocument, SendPushDocument } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors } from "@/lib/api/errors";
import { useMutation } from "@/lib/api/hooks";
import { formatDateTime } from "@/lib/format";
import { useDebouncedValue } from "@/lib/hooks/useDebouncedValue";
import { flash } from "@/stores/flash";
import {
  emptyComposer,
  newIdempotencyKey,
  nowLocal,
  previewable,
  toAudienceInput,
  toMessageInput,
  validateComposer,
  type ComposerField,
  type ComposerValues,
  type PickedCustomer,
} from "../compose";
import { composerErrorsFromApi } from "../errors";
import { AudiencePicker } from "./AudiencePicker";
import { MessageFields } from "./MessageFields";
import { PushPreviewPanel, type PushPreviewData } from "./PushPreviewPanel";
import { PushTabs } from "./PushTabs";

const PREVIEW_DELAY_MS = 600;

/**
 * The push composer: audience, message with placeholders, a live preview of reach and of the
 * notification, and send now or at a time of the business's zone. One idempotency key per composer
 * session, so a double click or a retry after a lost answer never sends twice.
 */
export function PushComposer({
  initialCustomer,
  tags,
  locations,
}: {
  initialCustomer: PickedCustomer | null;
  tags: readonly string[];
  locations: ReadonlyArray<{ id: string; name: string }>;
}) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const business = useSession((s) => s.business);
  const sendAny = useSession((s) => s.can("push.sendAny"));
  const timeZone = business?.timeZone ?? fmt.timeZone;
  const [values, setValues] = useState<ComposerValues>(() => emptyComposer(initialCustomer));
  const [idempotencyKey] = useState(() => newIdempotencyKey());
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ComposerField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [preview, setPreview] = useState<PushPreviewData | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [send, sending] = useMutation(SendPushDocument);
  const submitted = useRef(false);
  const inFlight = useRef(false);

  const change = (changes: Partial<ComposerValues>) => {
    setValues((v) => ({ ...v, ...changes }));
    // An edited field's old error no longer applies.
    setFieldErrors((errors) => {
      const next = { ...errors };
      for (const key of Object.keys(changes)) {
        const field = (key === "customer" || key === "customers" ? "audience" : key === "scheduledLocal" || key === "when" ? "scheduledAt" : key) as ComposerField;
        delete next[field];
      }
      return next;
    });
  };

  // The preview follows the audience and the message (debounced); it writes nothing.
  const ready = previewable(values);
  const previewKey = ready ? JSON.stringify({ audience: toAudienceInput(values, timeZone), message: toMessageInput(values) }) : "";
  const debouncedKey = useDebouncedValue(previewKey, PREVIEW_DELAY_MS);
  const previewTicket = useRef(0);
  useEffect(() => {
    if (!debouncedKey) {
      setPreview(null);
      return;
    }
    const mine = ++previewTicket.current;
    setPreviewing(true);
    request(PreviewPushDocument, { input: JSON.parse(debouncedKey) })
      .then((data) => {
        if (mine !== previewTicket.current) return;
        setPreview(data.previewPush);
        setFormErrors([]);
      })
      .catch((error: unknown) => {
        if (mine !== previewTicket.current) return;
        const mapped = composerErrorsFromApi(asApiErrors(error), t, fmt);
        setFieldErrors((current) => ({ ...mapped.fields, ...current }));
        setFormErrors(mapped.form);
        setPreview(null);
      })
      .finally(() => {
        if (mine === previewTicket.current) setPreviewing(false);
      });
  }, [debouncedKey]);

  async function submit() {
    // A second click before React re-renders the busy button: ignored here; a retry after a lost
    // answer reuses the idempotency key, so the API returns the first send.
    if (inFlight.current || submitted.current) return;
    const checked = validateComposer(values, timeZone);
    if (!checked.ok) {
      setFieldErrors(Object.fromEntries(Object.entries(checked.errors).map(([field, issue]) => [field, t(issue.key, issue.params)])));
      return;
    }
    inFlight.current = true;
    const result = await send({ input: { ...checked.value, idempotencyKey } }).finally(() => {
      inFlight.current = false;
    });
    if (!result.ok) {
      const mapped = composerErrorsFromApi(result.errors, t, fmt);
      setFieldErrors(mapped.fields);
      setFormErrors(mapped.form);
      return;
    }
    submitted.current = true;
    const created = result.data.sendPush;
    flash
      .getState()
      .show(checked.value.scheduledAt ? t("push.scheduled", { title: created.title, date: formatDateTime(created.scheduledAt, fmt) }) : t("push.sent", { title: created.title }));
    router.push(`/push/sends/${created.id}`);
  }

  return (
    <div className="space-y-4">
      <PageHeader title={t("push.compose.title")}>{t("push.compose.subtitle")}</PageHeader>
      <PushTabs active="compose" />
      <AlertList messages={formErrors} testId="composer-errors" />
      <form
        noValidate
        className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="space-y-4">
          <Card title={t("push.audience.title")}>
            <AudiencePicker values={values} onChange={change} onlyOneCustomer={!sendAny} tags={tags} locations={locations} error={fieldErrors.audience} segmentError={fieldErrors.segment} />
          </Card>
          <Card title={t("push.message.title")}>
            <MessageFields values={values} onChange={change} errors={fieldErrors} />
          </Card>
          <Card title={t("push.when.title")}>
            <fieldset className="space-y-3">
              <legend className="sr-only">{t("push.when.title")}</legend>
              <div className="flex flex-wrap gap-4">
                {(["now", "later"] as const).map((when) => (
                  <label key={when} className="flex items-center gap-2 text-sm text-slate-800">
                    <input type="radio" name="push-when" value={when} checked={values.when === when} onChange={() => change({ when })} data-testid={`when-${when}`} />
                    {t(`push.when.${when}`)}
                  </label>
                ))}
              </div>
              {values.when === "later" ? (
                <TextField
                  id="push-scheduled-at"
                  type="datetime-local"
                  className="max-w-xs"
                  label={t("push.when.at", { zone: timeZone })}
                  hint={t("push.when.hint", { zone: timeZone })}
                  min={nowLocal(timeZone)}
                  value={values.scheduledLocal}
                  onValue={(scheduledLocal) => change({ scheduledLocal })}
                  error={fieldErrors.scheduledAt}
                  required
                />
              ) : fieldErrors.scheduledAt ? (
                <p className="text-sm text-red-700" data-field-error>{fieldErrors.scheduledAt}</p>
              ) : null}
            </fieldset>
          </Card>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" busy={sending} data-testid="push-submit">
              {sending ? t("push.sending") : values.when === "later" ? t("push.schedule") : t("push.send")}
            </Button>
          </div>
        </div>
        <div>
          <Card title={t("push.preview.title")} className="lg:sticky lg:top-20">
            <PushPreviewPanel preview={preview} loading={previewing} incomplete={!ready} appName={business?.name ?? ""} />
          </Card>
        </div>
      </form>
    </div>
  );
}
