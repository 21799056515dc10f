import type { NextRequest } from "next/server";
import { AcceptInvitationDocument } from "@/gql/graphql";
import { asApiErrors } from "@/lib/api/errors";
import { execute } from "@/lib/session/api";
import { errorResponse, isSameOrigin, readJsonObject, sessionResponse, stringField } from "@/lib/session/handlers";

/** POST {token, displayName, password} → the invitee's account, signed in (cookies). */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return errorResponse([{ code: "FORBIDDEN", message: "Cross-site request refused" }]);
  const body = await readJsonObject(request);
  if (!body) return errorResponse([{ code: "BAD_USER_INPUT", message: "Expected a JSON object" }]);
  try {
    const data = await execute(
      AcceptInvitationDocument,
      {
        input: {
          token: stringField(body, "token"),
          displayName: stringField(body, "displayName"),
          password: stringField(body, "password"),
        },
      },
      { forwardedFor: request.headers.get("x-forwarded-for") },
    );
    return sessionResponse(request, data.acceptInvitation);
  } catch (error) {
    return errorResponse(asApiErrors(error));
  }
}
