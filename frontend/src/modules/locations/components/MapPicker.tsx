"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import type { CircleMarker, Map as LeafletMap } from "leaflet";
import { useI18n } from "@/components/providers/I18nProvider";

// A point picked on a map (click or drag the marker). Tiles come from MAP_TILE_URL; when none load
// (no internet, blocked tile server) the map hides itself and the typed coordinates are the way in.

const TILE_URL = process.env.NEXT_PUBLIC_MAP_TILE_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const TILE_TIMEOUT_MS = 8_000;
const FALLBACK_CENTER: [number, number] = [4.6486, -74.0628]; // Bogotá

type Status = "loading" | "ready" | "unavailable";

export function MapPicker({
  latitude,
  longitude,
  onPick,
  disabled,
}: {
  latitude: number | null;
  longitude: number | null;
  onPick: (latitude: number, longitude: number) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMap | null>(null);
  const marker = useRef<CircleMarker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const [status, setStatus] = useState<Status>("loading");
  const initial = useRef<[number, number] | null>(latitude !== null && longitude !== null ? [latitude, longitude] : null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      const center = initial.current ?? FALLBACK_CENTER;
      const instance = L.map(container.current, { center, zoom: initial.current ? 16 : 12, attributionControl: true });
      map.current = instance;
      let loaded = false;
      const tiles = L.tileLayer(TILE_URL, { maxZoom: 19, attribution: "© OpenStreetMap" });
      tiles.on("tileload", () => {
        loaded = true;
        setStatus("ready");
      });
      tiles.on("tileerror", () => {
        if (!loaded) setStatus("unavailable");
      });
      tiles.addTo(instance);
      timer = setTimeout(() => {
        if (!loaded) setStatus("unavailable");
      }, TILE_TIMEOUT_MS);
      if (initial.current) marker.current = L.circleMarker(initial.current, { radius: 9, color: "#4338ca" }).addTo(instance);
      instance.on("click", (event) => {
        if (disabled) return;
        const { lat, lng } = event.latlng.wrap();
        pick.current(Number(lat.toFixed(6)), Number(lng.toFixed(6)));
      });
    });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      map.current?.remove();
      map.current = null;
      marker.current = null;
    };
  }, [disabled]);

  // Typed coordinates move the marker too.
  useEffect(() => {
    const instance = map.current;
    if (!instance || latitude === null || longitude === null) return;
    void import("leaflet").then((L) => {
      if (!map.current) return;
      if (marker.current) marker.current.setLatLng([latitude, longitude]);
      else marker.current = L.circleMarker([latitude, longitude], { radius: 9, color: "#4338ca" }).addTo(instance);
      instance.panTo([latitude, longitude]);
    });
  }, [latitude, longitude]);

  return (
    <div>
      {status === "unavailable" ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="map-unavailable">
          {t("locations.form.mapUnavailable")}
        </p>
      ) : null}
      <div
        ref={container}
        role="application"
        aria-label={t("locations.form.map")}
        data-testid="map-picker"
        className={`mt-2 h-64 w-full rounded-md border border-slate-300 ${status === "unavailable" ? "hidden" : ""}`}
      />
    </div>
  );
}
