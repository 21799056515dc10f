"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Card, PageHeader } from "@/components/ui/Page";
import type { CustomerDetailFieldsFragment } from "@/gql/graphql";
import { CustomerForm } from "./CustomerForm";

export function CustomerEditor({
  customer,
  locations,
}: {
  customer: CustomerDetailFieldsFragment | null;
  locations: ReadonlyArray<{ id: string; name: string }>;
}) {
  const { t } = useI18n();
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title={customer ? t("customers.form.editTitle") : t("customers.form.createTitle")}>{customer?.displayName}</PageHeader>
      <Card>
        <CustomerForm customer={customer} locations={locations} />
      </Card>
    </div>
  );
}
