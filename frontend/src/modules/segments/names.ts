import type { MessageKey, Translator } from "@/lib/i18n";

// The ready-made segments come from the API with English names ("Champions"); the panel names them in
// its language by their id (rfm:champions). Saved segments keep the name their owner gave.

export function segmentName(segment: { id: string; name: string; builtIn: boolean }, t: Translator): string {
  if (!segment.builtIn) return segment.name;
  const key = `segments.builtin.${segment.id}`;
  const text = t(key as MessageKey);
  return text === key ? segment.name : text;
}

export const SEGMENTS_URL = "/campaigns/segments";
export const NEW_SEGMENT_URL = "/campaigns/segments/new";
export const segmentUrl = (id: string) => `/campaigns/segments/${encodeURIComponent(id)}`;
