import type { NextRequest } from "next/server";
import { AcceptInvitationDocument } from "@/gql/graphql";
import { execute } from "@/lib/session/api";
import { signInFromForm, stringField } from "@/lib/session/handlers";

/** POST {token, displayName, password} → the invitee's account, signed in (cookies). */
export function POST(request: NextRequest) {
  return signInFromForm(request, async (body, options) => {
    const input = { token: stringField(body, "token"), displayName: stringField(body, "displayName"), password: stringField(body, "password") };
    return (await execute(AcceptInvitationDocument, { input }, options)).acceptInvitation;
  });
}
