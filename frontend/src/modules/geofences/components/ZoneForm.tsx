"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button, buttonClass, focusRing } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { CreateGeofenceDocument, UpdateGeofenceDocument, type GeofenceFieldsFragment, type GeoPushTrigger, type LocationFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { formatNumber } from "@/lib/format";
import { messagesFor, parseDecimal } from "@/lib/validation";
import { MessageFields } from "@/modules/push/components/MessageFields";
import { PhoneMock } from "@/modules/push/components/PushPreviewPanel";
import { emptyComposer, type ComposerValues } from "@/modules/push/compose";
import { flash } from "@/stores/flash";
import { zoneErrorsFromApi } from "../errors";
import { ZONE_LIMITS } from "../geometry";
import { applyMapChange, mapEditOf, squareAround } from "../mapEdit";
import { createInput, emptyZone, fillSample, updateInput, validateZone, zoneValuesOf, type ZoneField, type ZoneValues } from "../zone";
import { ScheduleEditor } from "./ScheduleEditor";
import { VertexList } from "./VertexList";
import { ZoneMap, type MapZone } from "./ZoneMap";

/** The composer's message fields that changed, as the zone form's. */
function messageChanges(changes: Partial<ComposerValues>): Partial<ZoneValues> {
  const picked: Partial<ZoneValues> = {};
  if (changes.title !== undefined) picked.title = changes.title;
  if (changes.body !== undefined) picked.body = changes.body;
  if (changes.imageUrl !== undefined) picked.imageUrl = changes.imageUrl;
  if (changes.deepLink !== undefined) picked.deepLink = changes.deepLink;
  if (changes.data !== undefined) picked.data = changes.data;
  return picked;
}

/**
 * Creates a zone around a location or edits one: the shape on the map and as typed coordinates (both
 * stay in sync), the trigger, the GeoPush message with its preview, the cooldown and the schedule.
 * Checks run here first; the API's field errors land beside the same fields.
 */
export function ZoneForm({
  location,
  zone,
  otherZones,
  onSaved,
}: {
  location: LocationFieldsFragment;
  /** null: a new zone. */
  zone: GeofenceFieldsFragment | null;
  otherZones: readonly MapZone[];
  onSaved?: (zone: GeofenceFieldsFragment) => void;
}) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const business = useSession((s) => s.business);
  const [values, setValues] = useState<ZoneValues>(() => (zone ? zoneValuesOf(zone) : emptyZone(location.point)));
  const [errors, setErrors] = useState<Partial<Record<ZoneField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [create, creating] = useMutation(CreateGeofenceDocument);
  const [update, updating] = useMutation(UpdateGeofenceDocument);
  const busy = creating || updating;
  const zonesUrl = `/locations/${location.id}/zones`;

  function change(changes: Partial<ZoneValues>) {
    setValues((v) => ({ ...v, ...changes }));
    const touched = Object.keys(changes) as Array<keyof ZoneValues>;
    setErrors((e) => {
      const next = { ...e };
      for (const key of touched) {
        const field = (key === "vertices" ? "vertices" : key === "cooldownHours" || key === "cooldownMinutes" ? "cooldown" : key) as ZoneField;
        delete next[field];
      }
      return next;
    });
  }

  function square() {
    const lat = parseDecimal(values.latitude);
    const lng = parseDecimal(values.longitude);
    const center = lat !== null && lng !== null ? { latitude: lat, longitude: lng } : location.point;
    const radius = Number(values.radius) || ZONE_LIMITS.radiusDefault;
    change({ vertices: squareAround(center, Math.min(radius, 3_000)).map((p) => ({ latitude: String(p.latitude), longitude: String(p.longitude) })) });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateZone(values);
    if (!checked.ok) {
      setErrors(messagesFor(checked.errors, t));
      setFormErrors([t("validation.formHasErrors")]);
      return;
    }
    const result = zone ? await update({ id: zone.id, input: updateInput(checked.value) }) : await create({ input: createInput(location.id, checked.value) });
    if (!result.ok) {
      const mapped = zoneErrorsFromApi(result.errors, t, fmt);
      setErrors(mapped.fields);
      setFormErrors(mapped.form.length > 0 ? mapped.form : [t("validation.formHasErrors")]);
      return;
    }
    setErrors({});
    setFormErrors([]);
    if ("createGeofence" in result.data) {
      const created = result.data.createGeofence;
      flash.getState().show(t("geofences.created", { name: created.name }));
      router.push(`${zonesUrl}/${created.id}`);
      router.refresh();
      return;
    }
    const saved = result.data.updateGeofence;
    setValues(zoneValuesOf(saved));
    onSaved?.(saved);
  }

  const composer = { ...emptyComposer(), title: values.title, body: values.body, imageUrl: values.imageUrl, deepLink: values.deepLink, data: values.data };
  const businessName = business?.name ?? "";

  return (
    <form onSubmit={submit} noValidate className="space-y-6" data-testid="zone-form">
      <AlertList messages={formErrors} testId="zone-form-error" />
      <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
        <TextField id="zone-name" label={t("geofences.form.name")} required maxLength={160} value={values.name} onValue={(name) => change({ name })} error={errors.name} />
        <label className="flex items-center gap-2 pb-2 text-sm text-slate-800">
          <input type="checkbox" id="zone-active" className={`h-4 w-4 ${focusRing}`} checked={values.active} onChange={(e) => change({ active: e.target.checked })} />
          {t("geofences.form.active")}
        </label>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("geofences.form.shape")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["CIRCLE", "POLYGON"] as const).map((shape) => (
            <label key={shape} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="zone-shape" id={`zone-shape-${shape}`} className={focusRing} checked={values.shape === shape} onChange={() => change({ shape })} />
              {t(`geofences.shape.${shape}`)}
            </label>
          ))}
        </div>
        <ZoneMap
          origin={location.point}
          locationName={location.name}
          zones={otherZones}
          edit={mapEditOf(values, zone?.holes ?? [])}
          onEdit={(mapChange) => {
            setValues((v) => applyMapChange(v, mapChange));
            setErrors((e) => ({ ...e, latitude: undefined, longitude: undefined, radius: undefined, vertices: undefined }));
          }}
        />
        <p className="text-xs text-slate-600">{t("geofences.form.typeHint")}</p>
        {values.shape === "CIRCLE" ? (
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField id="zone-latitude" label={t("locations.form.latitude")} required inputMode="decimal" value={values.latitude} onValue={(latitude) => change({ latitude })} error={errors.latitude} />
            <TextField id="zone-longitude" label={t("locations.form.longitude")} required inputMode="decimal" value={values.longitude} onValue={(longitude) => change({ longitude })} error={errors.longitude} />
            <TextField
              id="zone-radius"
              label={t("geofences.form.radius")}
              required
              inputMode="numeric"
              value={values.radius}
              onValue={(radius) => change({ radius })}
              error={errors.radius}
              hint={t("geofences.form.radiusHint", { min: ZONE_LIMITS.radiusMin, max: formatNumber(ZONE_LIMITS.radiusMax, fmt.locale, 0) })}
            />
            <div className="sm:col-span-3">
              <Button small variant="ghost" onClick={() => change({ latitude: String(location.point.latitude), longitude: String(location.point.longitude) })} data-testid="zone-center-location">
                {t("geofences.form.centerOnLocation")}
              </Button>
            </div>
          </div>
        ) : (
          <>
            <VertexList vertices={values.vertices} onChange={(vertices) => change({ vertices })} onSquare={square} error={errors.vertices} />
            {zone && zone.holes.length > 0 ? <p className="text-xs text-slate-600">{t("geofences.form.holesKept", { count: zone.holes.length })}</p> : null}
          </>
        )}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("geofences.form.trigger")}</legend>
        <SelectField id="zone-trigger" label={t("geofences.form.triggerField")} value={values.pushTrigger} onValue={(v) => change({ pushTrigger: v as GeoPushTrigger })}>
          <option value="ENTER">{t("geofences.trigger.ENTER")}</option>
          <option value="DWELL">{t("geofences.trigger.DWELL")}</option>
        </SelectField>
        <TextField
          id="zone-dwellSeconds"
          label={t("geofences.form.dwellSeconds")}
          inputMode="numeric"
          value={values.dwellSeconds}
          onValue={(dwellSeconds) => change({ dwellSeconds })}
          error={errors.dwellSeconds}
          hint={t("geofences.form.dwellHint")}
        />
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("geofences.form.message")}</legend>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" id="zone-send-push" className={`h-4 w-4 ${focusRing}`} checked={values.sendPush} onChange={(e) => change({ sendPush: e.target.checked })} />
          {t("geofences.form.sendPush")}
        </label>
        {values.sendPush ? (
          <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
            <MessageFields
              values={composer}
              onChange={(changes) => change(messageChanges(changes))}
              errors={{ title: errors.title, body: errors.body, imageUrl: errors.imageUrl, deepLink: errors.deepLink, data: errors.data }}
            />
            <div className="self-start" data-testid="zone-push-preview">
              <PhoneMock appName={businessName} title={fillSample(values.title, businessName) || t("geofences.form.previewTitle")} body={fillSample(values.body, businessName)} imageUrl={values.imageUrl.trim() || null} />
            </div>
          </div>
        ) : (
          <p className="text-sm text-slate-700">{t("geofences.form.noPush")}</p>
        )}
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("geofences.form.cooldown")}</legend>
        <p id="zone-cooldown-hint" className="text-xs text-slate-600">
          {t("geofences.form.cooldownHint")}
        </p>
        <div className="mt-1 grid max-w-sm grid-cols-2 gap-3">
          <TextField id="zone-cooldown-hours" label={t("geofences.form.hours")} inputMode="numeric" value={values.cooldownHours} onValue={(cooldownHours) => change({ cooldownHours })} aria-invalid={errors.cooldown ? true : undefined} />
          <TextField id="zone-cooldown-minutes" label={t("geofences.form.minutes")} inputMode="numeric" value={values.cooldownMinutes} onValue={(cooldownMinutes) => change({ cooldownMinutes })} aria-invalid={errors.cooldown ? true : undefined} />
        </div>
        {errors.cooldown ? (
          <p id="zone-cooldown-error" className="mt-1 text-sm text-red-700" data-field-error>
            {errors.cooldown}
          </p>
        ) : null}
      </fieldset>

      <ScheduleEditor windows={values.schedule} onChange={(schedule) => change({ schedule })} error={errors.schedule} timeZone={business?.timeZone ?? location.timeZone} />

      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={busy} data-testid="zone-submit">
          {busy ? t("app.saving") : zone ? t("app.save") : t("geofences.form.create")}
        </Button>
        {zone ? null : (
          <Link href={zonesUrl} className={buttonClass("secondary")}>
            {t("app.cancel")}
          </Link>
        )}
      </div>
    </form>
  );
}
