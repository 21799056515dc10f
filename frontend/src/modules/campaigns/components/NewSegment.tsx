"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { CampaignCreateSegmentDocument, CampaignSegmentPreviewDocument, type SegmentConditionInput } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors, type ApiError } from "@/lib/api/errors";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatNumber } from "@/lib/format";
import { useDebouncedValue } from "@/lib/hooks/useDebouncedValue";
import { SegmentEditor } from "../segmentParts";

const PREVIEW_DELAY_MS = 500;

export const START_CONDITION: SegmentConditionInput = { all: [{ fact: "LAST_VISIT", op: "MORE_THAN_DAYS_AGO", days: 30 }] };

/** A new segment written in place: its conditions with a live count, saved through createSegment. */
export function NewSegment({ onCreated, onCancel }: { onCreated: (segment: { id: string; name: string }) => void; onCancel: () => void }) {
  const { t, fmt } = useI18n();
  const [name, setName] = useState("");
  const [condition, setCondition] = useState<SegmentConditionInput>(START_CONDITION);
  const [count, setCount] = useState<{ customers: number; description: string } | null>(null);
  const [conditionError, setConditionError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [create, creating] = useMutation(CampaignCreateSegmentDocument);
  const key = useDebouncedValue(JSON.stringify(condition), PREVIEW_DELAY_MS);
  const ticket = useRef(0);

  const say = (e: ApiError) => (e.code === "BAD_USER_INPUT" ? t("campaigns.errors.field", { detail: e.message || "?" }) : describeError(e, t, fmt).message);

  useEffect(() => {
    const mine = ++ticket.current;
    request(CampaignSegmentPreviewDocument, { condition: JSON.parse(key) as SegmentConditionInput })
      .then((data) => {
        if (mine !== ticket.current) return;
        setCount({ customers: data.segmentPreview.customerCount, description: data.segmentPreview.description });
        setConditionError(null);
      })
      .catch((error: unknown) => {
        if (mine !== ticket.current) return;
        setCount(null);
        setConditionError(asApiErrors(error).map(say)[0] ?? null);
      });
  }, [key]);

  async function save() {
    if (name.trim() === "") {
      setNameError(t("validation.required"));
      return;
    }
    const result = await create({ input: { name: name.trim(), condition } });
    if (!result.ok) {
      setFormErrors([]);
      for (const error of result.errors) {
        if (error.field === "name") setNameError(error.code === "CONFLICT" ? t("campaigns.errors.segmentNameTaken") : say(error));
        else if (error.field?.startsWith("condition")) setConditionError(say(error));
        else setFormErrors((f) => [...f, describeError(error, t, fmt).message]);
      }
      return;
    }
    onCreated({ id: String(result.data.createSegment.id), name: result.data.createSegment.name });
  }

  return (
    <div className="space-y-3 rounded-md border border-indigo-200 bg-indigo-50/40 p-3" data-testid="new-segment">
      <AlertList messages={formErrors} />
      <TextField id="new-segment-name" label={t("campaigns.segment.newName")} value={name} onValue={(v) => (setName(v), setNameError(null))} error={nameError} required />
      <SegmentEditor value={condition} onChange={(c) => (setCondition(c), setConditionError(null))} />
      <p className="text-sm text-slate-800" role="status" data-testid="new-segment-count">
        {count ? t("campaigns.segment.liveCount", { count: formatNumber(count.customers, fmt.locale, 0), description: count.description }) : conditionError ? null : t("app.loading")}
      </p>
      {conditionError ? (
        <p className="text-sm text-red-700" data-field-error data-testid="new-segment-error">
          {conditionError}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button small busy={creating} onClick={() => void save()} data-testid="new-segment-save">
          {t("campaigns.segment.save")}
        </Button>
        <Button small variant="secondary" onClick={onCancel}>
          {t("campaigns.segment.cancel")}
        </Button>
      </div>
    </div>
  );
}
