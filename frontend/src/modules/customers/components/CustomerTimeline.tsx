"use client";

import { useEffect, useRef } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Badge, Card } from "@/components/ui/Page";
import { describeError } from "@/lib/api/messages";
import { formatDate, formatTime } from "@/lib/format";
import type { TimelineState } from "../hooks/useTimeline";
import { describeEntry, groupByDay } from "../timeline";

const KIND_TONES: Record<string, "slate" | "green" | "amber" | "red" | "indigo"> = {
  VISIT: "green",
  POINTS: "indigo",
  REDEMPTION: "amber",
  CONSENT: "slate",
  NOTE: "slate",
};

/**
 * Everything that happened with the customer, newest first, grouped by day. More entries load when
 * the end of the list scrolls into view (and with the button, for keyboards and screen readers).
 */
export function CustomerTimeline({ timeline, locationName }: { timeline: TimelineState; locationName: (id: string) => string | undefined }) {
  const { t, fmt } = useI18n();
  const currency = useSession((s) => s.business?.currency ?? "USD");
  const sentinel = useRef<HTMLDivElement>(null);
  const { entries, hasMore, loading, errors, loadMore } = timeline;

  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasMore || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((s) => s.isIntersecting)) void loadMore();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, loadMore]);

  const described = entries.map((e) => describeEntry(e, { t, fmt, currency, locationName }));
  const groups = groupByDay(described, fmt.timeZone);

  return (
    <Card title={t("customers.timeline.title")}>
      <AlertList messages={(errors ?? []).map((e) => describeError(e, t, fmt).message)} />
      {entries.length === 0 && !loading && !errors ? <p className="text-slate-700">{t("customers.timeline.empty")}</p> : null}
      <ol className="space-y-4" data-testid="timeline" aria-busy={loading || undefined}>
        {groups.map((group) => (
          <li key={group.day}>
            <h3 className="mb-2 text-sm font-semibold text-slate-700">{group.entries[0] ? formatDate(group.entries[0].occurredAt, fmt) : ""}</h3>
            <ol className="space-y-2 border-l-2 border-slate-200 pl-4">
              {group.entries.map((entry) => (
                <li key={entry.id} data-testid="timeline-entry" data-kind={entry.kind}>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={KIND_TONES[entry.kind] ?? "slate"}>{entry.kindLabel}</Badge>
                    <span className="font-medium text-slate-900">{entry.title}</span>
                    <time dateTime={entry.occurredAt} className="text-xs text-slate-600">
                      {formatTime(entry.occurredAt, fmt)}
                    </time>
                  </div>
                  {entry.lines.map((line, i) => (
                    <p key={i} className="mt-0.5 whitespace-pre-line break-words text-sm text-slate-700">
                      {line}
                    </p>
                  ))}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <div ref={sentinel} className="mt-4">
        {hasMore ? (
          <Button variant="secondary" small busy={loading} onClick={() => void loadMore()} data-testid="timeline-more">
            {loading ? t("customers.timeline.loading") : t("app.loadMore")}
          </Button>
        ) : entries.length > 0 ? (
          <p className="text-sm text-slate-600">{t("customers.timeline.end")}</p>
        ) : null}
      </div>
    </Card>
  );
}
