"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { TimeZoneSelect } from "@/components/ui/TimeZoneSelect";
import { CreateLocationDocument, UpdateLocationDocument, type LocationFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { formErrorsFromApi } from "@/lib/api/messages";
import type { TimeZoneOptions } from "@/lib/timezones";
import { messagesFor, parseDecimal, validateLocation, type LocationForm as Values } from "@/lib/validation";
import { flash } from "@/stores/flash";
import Link from "next/link";
import { MapPicker } from "./MapPicker";

const FIELDS = ["name", "address", "timeZone", "latitude", "longitude"] as const;

function initialValues(location: LocationFieldsFragment | null, defaultTimeZone: string): Values {
  return location
    ? {
        name: location.name,
        address: location.address,
        timeZone: location.timeZone,
        latitude: String(location.point.latitude),
        longitude: String(location.point.longitude),
      }
    : { name: "", address: "", timeZone: defaultTimeZone, latitude: "", longitude: "" };
}

export function LocationForm({
  location,
  timeZones,
  defaultTimeZone,
}: {
  location: LocationFieldsFragment | null;
  timeZones: TimeZoneOptions;
  defaultTimeZone: string;
}) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const [values, setValues] = useState<Values>(() => initialValues(location, defaultTimeZone));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [create, creating] = useMutation(CreateLocationDocument);
  const [update, updating] = useMutation(UpdateLocationDocument);
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateLocation(values, timeZones.all);
    setFieldErrors(messagesFor(checked.errors, t));
    setFormErrors(checked.ok ? [] : [t("validation.formHasErrors")]);
    if (!checked.ok) return;
    const result = location ? await update({ id: location.id, input: checked.value }) : await create({ input: checked.value });
    if (!result.ok) {
      const mapped = formErrorsFromApi(result.errors, FIELDS, t, fmt, { point: "latitude" });
      setFieldErrors(mapped.fields);
      setFormErrors(mapped.form);
      return;
    }
    flash.getState().show(t(location ? "locations.updated" : "locations.created", { name: checked.value.name }));
    router.push("/locations");
    router.refresh();
  }

  const latitude = parseDecimal(values.latitude);
  const longitude = parseDecimal(values.longitude);
  const busy = creating || updating;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="location-form">
      <AlertList messages={formErrors} testId="location-form-error" />
      <TextField id="name" label={t("locations.form.name")} required maxLength={120} value={values.name} onValue={set("name")} error={fieldErrors.name} />
      <TextField id="address" label={t("locations.form.address")} maxLength={300} value={values.address} onValue={set("address")} error={fieldErrors.address} autoComplete="street-address" />
      <TimeZoneSelect
        id="timeZone"
        label={t("locations.form.timeZone")}
        value={values.timeZone}
        onValue={set("timeZone")}
        options={timeZones}
        error={fieldErrors.timeZone}
        frequentLabel={t("app.frequentZones")}
        allLabel={t("app.allZones")}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("locations.col.coordinates")}</legend>
        <p id="coordinates-hint" className="text-xs text-slate-600">
          {t("locations.form.coordinatesHint")}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="latitude" label={t("locations.form.latitude")} required inputMode="decimal" value={values.latitude} onValue={set("latitude")} error={fieldErrors.latitude} />
          <TextField id="longitude" label={t("locations.form.longitude")} required inputMode="decimal" value={values.longitude} onValue={set("longitude")} error={fieldErrors.longitude} />
        </div>
        <MapPicker
          latitude={latitude !== null && Math.abs(latitude) <= 90 ? latitude : null}
          longitude={longitude !== null && Math.abs(longitude) <= 180 ? longitude : null}
          onPick={(lat, lng) => setValues((v) => ({ ...v, latitude: String(lat), longitude: String(lng) }))}
        />
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={busy} data-testid="location-submit">
          {busy ? t("app.saving") : location ? t("app.save") : t("locations.form.create")}
        </Button>
        <Link href="/locations" className={buttonClass("secondary")}>
          {t("app.cancel")}
        </Link>
      </div>
    </form>
  );
}
