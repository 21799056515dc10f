import type { NextRequest } from "next/server";
import { LoginDocument } from "@/gql/graphql";
import { asApiErrors } from "@/lib/api/errors";
import { execute } from "@/lib/session/api";
import { errorResponse, isSameOrigin, readJsonObject, sessionResponse, stringField } from "@/lib/session/handlers";

/** POST {email, password} → session cookies + {user, business}; API errors (wrong password, locked, rate limited) as {errors}. */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return errorResponse([{ code: "FORBIDDEN", message: "Cross-site request refused" }]);
  const body = await readJsonObject(request);
  if (!body) return errorResponse([{ code: "BAD_USER_INPUT", message: "Expected a JSON object" }]);
  try {
    const data = await execute(
      LoginDocument,
      { input: { email: stringField(body, "email"), password: stringField(body, "password") } },
      { forwardedFor: request.headers.get("x-forwarded-for") },
    );
    return sessionResponse(request, data.login);
  } catch (error) {
    return errorResponse(asApiErrors(error));
  }
}
