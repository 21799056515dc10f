import type { Metadata } from "next";
import { headers } from "next/headers";
import { InvitationPreviewDocument } from "@/gql/graphql";
import { ApiRequestError } from "@/lib/api/errors";
import { execute } from "@/lib/session/api";
import { AcceptInvitationForm, InvitationProblem } from "@/modules/auth/components/AcceptInvitationForm";

export const metadata: Metadata = { title: "Invitation" };

/** /invitation?token=... — what the invitee sees: who invited them, as what, and a form to join. */
export default async function InvitationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  if (typeof token !== "string" || token.trim() === "") return <InvitationProblem kind="missing" />;
  try {
    const data = await execute(InvitationPreviewDocument, { token }, { forwardedFor: (await headers()).get("x-forwarded-for") });
    return <AcceptInvitationForm token={token} preview={data.invitationPreview} />;
  } catch (error) {
    if (error instanceof ApiRequestError && (error.has("NOT_FOUND") || error.has("BAD_USER_INPUT"))) {
      return <InvitationProblem kind="invalid" />;
    }
    throw error;
  }
}
