"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { CampaignCreateSegmentDocument, type SegmentConditionInput } from "@/gql/graphql";
import type { ApiError } from "@/lib/api/errors";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { SegmentEditor } from "../segmentParts";

export const START_CONDITION: SegmentConditionInput = { all: [{ fact: "LAST_VISIT", op: "MORE_THAN_DAYS_AGO", days: 30 }] };

/** A new segment written in place (the editor shows its live count), saved through createSegment and chosen. */
export function NewSegment({ onCreated, onCancel }: { onCreated: (segment: { id: string; name: string }) => void; onCancel: () => void }) {
  const { t, fmt } = useI18n();
  const [name, setName] = useState("");
  const [condition, setCondition] = useState<SegmentConditionInput>(START_CONDITION);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [conditionErrors, setConditionErrors] = useState<ApiError[] | null>(null);
  const [create, creating] = useMutation(CampaignCreateSegmentDocument);

  async function save() {
    if (name.trim() === "") {
      setNameError(t("validation.required"));
      return;
    }
    const result = await create({ input: { name: name.trim(), condition } });
    if (!result.ok) {
      const form: string[] = [];
      const condition: ApiError[] = [];
      for (const error of result.errors) {
        if (error.field === "name") setNameError(error.code === "CONFLICT" ? t("campaigns.errors.segmentNameTaken") : t("campaigns.errors.field", { detail: error.message || "?" }));
        // The editor places refusals of the condition at their node.
        else if (error.field?.startsWith("condition")) condition.push(error);
        else form.push(error.code === "BAD_USER_INPUT" ? t("campaigns.errors.field", { detail: error.message || "?" }) : describeError(error, t, fmt).message);
      }
      setConditionErrors(condition.length > 0 ? condition : null);
      setFormErrors(form);
      return;
    }
    onCreated({ id: String(result.data.createSegment.id), name: result.data.createSegment.name });
  }

  return (
    <div className="space-y-3 rounded-md border border-indigo-200 bg-indigo-50/40 p-3" data-testid="new-segment">
      <TextField id="new-segment-name" label={t("campaigns.segment.newName")} value={name} onValue={(v) => (setName(v), setNameError(null))} error={nameError} required />
      <SegmentEditor value={condition} onChange={(c) => (setCondition(c), setFormErrors([]), setConditionErrors(null))} serverError={conditionErrors} />
      <AlertList messages={formErrors} testId="new-segment-errors" />
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
