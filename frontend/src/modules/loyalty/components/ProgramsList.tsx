"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { Badge, Card, PageHeader, TableWrap, td, th } from "@/components/ui/Page";
import { LoyaltyProgramsDocument, type LoyaltyProgramFieldsFragment, type LoyaltyProgramsQuery } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors } from "@/lib/api/errors";
import { describeError } from "@/lib/api/messages";
import { flash } from "@/stores/flash";
import { PROGRAMS_PAGE_SIZE } from "../paging";
import { describeRules } from "../rules";
import { ProgramForm } from "./ProgramForm";

/**
 * The business's programs, oldest first (the first active one is the default), with their rules in
 * words and their catalogue size. Admins create programs here; everyone else reads.
 */
export function ProgramsList({ initial }: { initial: LoyaltyProgramsQuery }) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const canManage = useSession((s) => s.can("loyalty.manage"));
  const currency = useSession((s) => s.business?.currency ?? "USD");
  const [programs, setPrograms] = useState<LoyaltyProgramFieldsFragment[]>(initial.loyaltyPrograms.edges.map((e) => e.node));
  const [next, setNext] = useState(initial.loyaltyPrograms.pageInfo);
  const [showInactive, setShowInactive] = useState(false);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  useEffect(() => {
    setNotice(flash.getState().take());
  }, []);

  async function load(after: string | null, includeInactive: boolean) {
    try {
      const data = await request(LoyaltyProgramsDocument, { first: PROGRAMS_PAGE_SIZE, after, includeInactive });
      const nodes = data.loyaltyPrograms.edges.map((e) => e.node);
      setPrograms((current) => (after ? [...current, ...nodes] : nodes));
      setNext(data.loyaltyPrograms.pageInfo);
      setErrors([]);
    } catch (error) {
      setErrors(asApiErrors(error).map((e) => describeError(e, t, fmt).message));
    }
  }

  const defaultId = programs.find((p) => p.active)?.id;

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("loyalty.title")}
        actions={
          canManage && !creating ? (
            <Button onClick={() => setCreating(true)} data-testid="new-program">
              {t("loyalty.newProgram")}
            </Button>
          ) : null
        }
      >
        {t("loyalty.subtitle")}
      </PageHeader>
      {notice ? <Alert kind="success" testId="loyalty-notice">{notice}</Alert> : null}
      {!canManage ? <Alert kind="info" testId="loyalty-read-only">{t("loyalty.readOnly")}</Alert> : null}
      <AlertList messages={errors} testId="loyalty-errors" />

      {creating ? (
        <Card title={t("loyalty.form.createTitle")}>
          <ProgramForm
            program={null}
            onCancel={() => setCreating(false)}
            onSaved={(program) => {
              flash.getState().show(t("loyalty.created", { name: program.name }));
              router.push(`/loyalty/${program.id}`);
            }}
          />
        </Card>
      ) : null}

      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          id="programs-inactive"
          checked={showInactive}
          onChange={(e) => {
            setShowInactive(e.target.checked);
            void load(null, e.target.checked);
          }}
        />
        {t("loyalty.showInactive")}
      </label>

      {programs.length === 0 ? (
        <p className="text-slate-700" data-testid="programs-empty">
          {t(canManage ? "loyalty.noPrograms" : "loyalty.noProgramsRead")}
        </p>
      ) : (
        <TableWrap label={t("loyalty.title")}>
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("loyalty.col.name")}</th>
              <th className={th}>{t("loyalty.col.kind")}</th>
              <th className={th}>{t("loyalty.col.rules")}</th>
              <th className={th}>{t("loyalty.col.state")}</th>
              <th className={th}>{t("loyalty.col.rewards")}</th>
              <th className={th}>{t("loyalty.col.actions")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {programs.map((program) => (
              <tr key={program.id} data-testid="program-row" data-program-id={program.id}>
                <td className={td}>
                  <span className="font-medium">{program.name}</span>
                  {program.id === defaultId ? (
                    <span className="ml-2">
                      <Badge tone="indigo">{t("loyalty.default")}</Badge>
                    </span>
                  ) : null}
                </td>
                <td className={td}>{t(`loyalty.kind.${program.kind}`)}</td>
                <td className={td}>
                  <ul data-testid="program-rules">
                    {describeRules(program, t, currency, fmt.locale).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </td>
                <td className={td}>
                  <Badge tone={program.active ? "green" : "slate"}>{t(program.active ? "loyalty.active" : "loyalty.inactive")}</Badge>
                </td>
                <td className={`${td} tabular-nums`} data-testid="program-rewards-count">
                  {t("loyalty.rewardsCount", { count: program.rewards.filter((r) => r.active).length })}
                </td>
                <td className={td}>
                  <Link href={`/loyalty/${program.id}`} className={buttonClass("secondary", true)} aria-label={t("loyalty.manageNamed", { name: program.name })}>
                    {t("loyalty.manage")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      {next.hasNextPage ? (
        <Button variant="secondary" onClick={() => void load(next.endCursor ?? null, showInactive)}>
          {t("loyalty.more")}
        </Button>
      ) : null}
    </div>
  );
}
