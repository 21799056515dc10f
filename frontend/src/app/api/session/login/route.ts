import type { NextRequest } from "next/server";
import { LoginDocument } from "@/gql/graphql";
import { execute } from "@/lib/session/api";
import { signInFromForm, stringField } from "@/lib/session/handlers";

/** POST {email, password} → session cookies + {user, business}; API errors (wrong password, locked, rate limited) as {errors}. */
export function POST(request: NextRequest) {
  return signInFromForm(request, async (body, options) => {
    const input = { email: stringField(body, "email"), password: stringField(body, "password") };
    return (await execute(LoginDocument, { input }, options)).login;
  });
}
