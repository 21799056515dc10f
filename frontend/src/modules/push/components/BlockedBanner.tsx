"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ClearPushBlockDocument, type PushSettingsFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatDateTime } from "@/lib/format";

/** Shown while FCM refuses the business's sender: nothing goes out until an Admin resumes sending. */
export function BlockedBanner({ settings, onChange }: { settings: PushSettingsFieldsFragment; onChange?: (s: PushSettingsFieldsFragment) => void }) {
  const { t, fmt } = useI18n();
  const canManage = useSession((s) => s.can("push.manage"));
  const [current, setCurrent] = useState(settings);
  const [clear, clearing] = useMutation(ClearPushBlockDocument);
  const [errors, setErrors] = useState<string[]>([]);
  const [resumed, setResumed] = useState(false);

  if (resumed) return <Alert kind="success" testId="push-resumed">{t("push.blocked.resumed")}</Alert>;
  if (!current.blockedAt) return null;

  async function resume() {
    const result = await clear({});
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    setCurrent(result.data.clearPushBlock);
    onChange?.(result.data.clearPushBlock);
    setResumed(true);
  }

  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900" data-testid="push-blocked">
      <p className="font-semibold">{t("push.blocked.title")}</p>
      <p className="mt-1">{t("push.blocked.body", { date: formatDateTime(current.blockedAt, fmt), reason: current.blockedReason ?? "—" })}</p>
      <AlertList messages={errors} />
      {canManage ? (
        <Button className="mt-2" small variant="danger" busy={clearing} onClick={() => void resume()} data-testid="push-resume">
          {t("push.blocked.resume")}
        </Button>
      ) : (
        <p className="mt-1">{t("push.blocked.askAdmin")}</p>
      )}
    </div>
  );
}
