import type { NextRequest } from "next/server";
import { SignUpDocument } from "@/gql/graphql";
import { asApiErrors } from "@/lib/api/errors";
import { execute } from "@/lib/session/api";
import { errorResponse, isSameOrigin, readJsonObject, sessionResponse, stringField } from "@/lib/session/handlers";

/** POST the sign-up form → a new business and its first Admin, signed in (cookies). */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return errorResponse([{ code: "FORBIDDEN", message: "Cross-site request refused" }]);
  const body = await readJsonObject(request);
  if (!body) return errorResponse([{ code: "BAD_USER_INPUT", message: "Expected a JSON object" }]);
  try {
    const data = await execute(
      SignUpDocument,
      {
        input: {
          businessName: stringField(body, "businessName"),
          timeZone: stringField(body, "timeZone"),
          locale: stringField(body, "locale") || undefined,
          email: stringField(body, "email"),
          password: stringField(body, "password"),
          displayName: stringField(body, "displayName"),
        },
      },
      { forwardedFor: request.headers.get("x-forwarded-for") },
    );
    return sessionResponse(request, data.signUp);
  } catch (error) {
    return errorResponse(asApiErrors(error));
  }
}
