"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Button } from "@/components/ui/Button";

type State = "idle" | "copied" | "failed";

/**
 * Copies an app's public key to the clipboard and says so beside the button (politely, for screen
 * readers). The Clipboard API exists only on secure pages (https, localhost) and may be refused: then
 * the person is told to select the key, which is shown in full next to the button.
 */
export function CopyKeyButton({ value, appName }: { value: string; appName: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button small variant="secondary" onClick={() => void copy()} aria-label={t("mobileApps.copyNamed", { name: appName })} data-testid="mobile-app-copy">
        {t("mobileApps.copy")}
      </Button>
      <span role="status" className={`text-xs ${state === "failed" ? "text-red-800" : "text-green-800"}`} data-testid="mobile-app-copy-status">
        {state === "copied" ? t("mobileApps.copied") : state === "failed" ? t("mobileApps.copyFailed") : ""}
      </span>
    </span>
  );
}
