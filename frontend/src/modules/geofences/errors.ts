import type { ApiError } from "@/lib/api/errors";
import { apiFieldPath, messageFieldOf } from "@/lib/api/fields";
import { describeError, type FormErrors } from "@/lib/api/messages";
import type { FormatContext } from "@/lib/format";
import type { Translator } from "@/lib/i18n";
import { ZONE_LIMITS } from "./geometry";
import { ZONE_FIELD_LIMITS, ZONE_FIELDS, type ZoneField } from "./zone";

// The API's refusals of createGeofence / updateGeofence beside the zone form's fields. extensions.field
// names the input path (radiusMeters, polygon, pushMessage.title, schedule[0].from...); the message is
// ours where we know the rule, the API's own words otherwise.

/**
 * The form field an API error names (extensions.field is the input path: radiusMeters, center.latitude,
 * polygon[3], pushMessage.title, schedule[0].from...).
 */
export function zoneFieldOf(apiField: string | undefined): ZoneField | undefined {
  if (!apiField) return undefined;
  const path = apiFieldPath(apiField);
  const message = messageFieldOf(path, ["pushMessage", "message"]);
  if (message) return message;
  const { head, second } = path;
  switch (head) {
    case "name":
      return "name";
    case "center":
      return second === "longitude" ? "longitude" : "latitude";
    case "latitude":
      return "latitude";
    case "longitude":
      return "longitude";
    case "radiusMeters":
    case "radius":
      return "radius";
    case "polygon":
    case "holes":
    case "shape":
      return "vertices";
    case "dwellSeconds":
      return "dwellSeconds";
    case "cooldownSeconds":
      return "cooldown";
    case "schedule":
      return "schedule";
    default:
      return undefined;
  }
}

function fieldMessage(error: ApiError, field: ZoneField, t: Translator, fmt: FormatContext): string {
  if (error.code !== "BAD_USER_INPUT") return describeError(error, t, fmt).message;
  const text = error.message.toLowerCase();
  switch (field) {
    case "radius":
      return t("geofences.validation.radius", { min: ZONE_LIMITS.radiusMin, max: ZONE_LIMITS.radiusMax });
    case "vertices":
      switch (error.reason) {
        case "SELF_INTERSECTION":
          return t("geofences.errors.selfIntersection");
        case "VERTEX_COUNT":
        case "POLYGON_REQUIRED":
          return t("geofences.validation.vertexCount", { min: ZONE_LIMITS.verticesMin, max: ZONE_LIMITS.verticesMax });
        case "DUPLICATE_VERTEX":
          return t("geofences.validation.duplicateVertex");
        case "ZERO_AREA":
          return t("geofences.validation.noArea");
        case "TOO_LARGE":
          return t("geofences.validation.polygonReach", { max: ZONE_LIMITS.polygonReach });
        default:
          return text.includes("intersect") || text.includes("invalid") ? t("geofences.errors.polygonInvalid", { detail: error.message }) : t("geofences.errors.field", { detail: error.message || "?" });
      }
    case "schedule":
      if (error.reason === "NO_DAYS") return t("geofences.errors.scheduleDays");
      if (error.reason === "EMPTY_WINDOW") return t("geofences.errors.scheduleSame");
      if (error.reason === "TOO_MANY_WINDOWS") return t("geofences.validation.scheduleCount", { max: ZONE_FIELD_LIMITS.scheduleWindows });
      return t("geofences.errors.field", { detail: error.message || "?" });
    case "latitude":
      return t("validation.latitude");
    case "longitude":
      return t("validation.longitude");
    case "dwellSeconds":
      return t("geofences.validation.dwell", { min: ZONE_FIELD_LIMITS.dwellMin, max: ZONE_FIELD_LIMITS.dwellMax });
    case "cooldown":
      return t("geofences.validation.cooldownMax");
    case "imageUrl":
      return t("push.validation.imageUrl");
    case "deepLink":
      return t("push.validation.deepLink");
    case "name":
      return t("validation.length", { max: ZONE_FIELD_LIMITS.name });
    default:
      return t("geofences.errors.field", { detail: error.message || "?" });
  }
}

export function zoneErrorsFromApi(errors: readonly ApiError[], t: Translator, fmt: FormatContext): FormErrors<ZoneField> {
  const result: FormErrors<ZoneField> = { fields: {}, form: [] };
  for (const error of errors) {
    const field = zoneFieldOf(error.field);
    if (field && ZONE_FIELDS.includes(field) && !result.fields[field]) {
      result.fields[field] = fieldMessage(error, field, t, fmt);
      continue;
    }
    const message = error.code === "BAD_USER_INPUT" && !error.field ? t("geofences.errors.field", { detail: error.message || "?" }) : describeError(error, t, fmt).message;
    if (!result.form.includes(message)) result.form.push(message);
  }
  return result;
}
