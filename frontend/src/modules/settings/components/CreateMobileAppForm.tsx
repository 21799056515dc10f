"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { CreateMobileAppDocument, type MobileAppFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { checkAppName, mobileAppErrorsFromApi, normaliseAppName } from "../mobileApps";

/** Registers an app: its name is checked here as the API checks it, and the API's refusal sits beside the field. */
export function CreateMobileAppForm({ onCreated }: { onCreated: (app: MobileAppFieldsFragment) => void }) {
  const { t, fmt } = useI18n();
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | undefined>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [create, creating] = useMutation(CreateMobileAppDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = checkAppName(name);
    setNameError(issue ? t(issue.key, issue.params) : undefined);
    setFormErrors([]);
    if (issue) return;
    const result = await create({ name: normaliseAppName(name) });
    if (!result.ok) {
      const mapped = mobileAppErrorsFromApi(result.errors, t, fmt);
      setNameError(mapped.fields.name);
      setFormErrors(mapped.form);
      return;
    }
    setName("");
    onCreated(result.data.createMobileApp);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="mobile-app-form">
      <AlertList messages={formErrors} testId="mobile-app-form-errors" />
      <TextField
        id="mobile-app-name"
        label={t("mobileApps.create.name")}
        hint={t("mobileApps.create.nameHint")}
        required
        autoComplete="off"
        value={name}
        onValue={setName}
        error={nameError}
      />
      <Button type="submit" busy={creating} data-testid="mobile-app-create">
        {creating ? t("mobileApps.create.creating") : t("mobileApps.create.submit")}
      </Button>
    </form>
  );
}
