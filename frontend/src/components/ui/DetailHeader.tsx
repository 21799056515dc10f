import Link from "next/link";
import type { ReactNode } from "react";
import { Alert, AlertList } from "./Alert";
import { PageHeader } from "./Page";

/**
 * The top of one record's page: its name with a badge beside it, the actions on it, the link back to
 * its list (and any words after it), then what the last action said (`notice`) and what it refused
 * (`errors`). Test ids: `<testId>-notice` and `<testId>-errors`; the name's own is `nameTestId`.
 * A fragment, so the page's spacing applies between the header and the alerts as before.
 */
export function DetailHeader({
  name,
  nameTestId,
  badge,
  actions,
  backHref,
  backLabel,
  children,
  notice,
  errors,
  testId,
}: {
  name: ReactNode;
  nameTestId: string;
  badge?: ReactNode;
  actions?: ReactNode;
  backHref: string;
  backLabel: string;
  /** Shown after the link back, on the same line. */
  children?: ReactNode;
  notice: string | null;
  errors: readonly string[];
  testId: string;
}) {
  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            <span data-testid={nameTestId}>{name}</span>
            {badge}
          </span>
        }
        actions={actions}
      >
        <Link href={backHref} className="text-indigo-800 underline">
          {backLabel}
        </Link>
        {children}
      </PageHeader>
      {notice ? <Alert kind="success" testId={`${testId}-notice`}>{notice}</Alert> : null}
      <AlertList messages={errors} testId={`${testId}-errors`} />
    </>
  );
}
