import type { ReactNode } from "react";
import type { PageStackPaging } from "@/lib/hooks/usePageStack";
import { Button } from "./Button";

/**
 * Previous and next under a paged list (see usePageStack), with `children` between them (a range).
 * Hidden while the list is empty on its first page; buttons `<testId>-previous` and `<testId>-next`.
 */
export function PageNav({
  paging,
  empty,
  label,
  previousLabel,
  nextLabel,
  testId,
  children,
}: {
  paging: PageStackPaging<unknown>;
  empty: boolean;
  label: string;
  previousLabel: string;
  nextLabel: string;
  testId: string;
  children?: ReactNode;
}) {
  if (empty && !paging.hasPrevious) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" small disabled={!paging.hasPrevious || paging.loading} onClick={() => paging.previous()} data-testid={`${testId}-previous`}>
        {previousLabel}
      </Button>
      {children}
      <Button variant="secondary" small disabled={!paging.hasNext || paging.loading} onClick={() => paging.next()} data-testid={`${testId}-next`}>
        {nextLabel}
      </Button>
    </nav>
  );
}
