import type { NextRequest } from "next/server";
import { SignUpDocument } from "@/gql/graphql";
import { execute } from "@/lib/session/api";
import { signInFromForm, stringField } from "@/lib/session/handlers";

/** POST the sign-up form → a new business and its first Admin, signed in (cookies). */
export function POST(request: NextRequest) {
  return signInFromForm(request, async (body, options) => {
    const input = {
      businessName: stringField(body, "businessName"),
      timeZone: stringField(body, "timeZone"),
      locale: stringField(body, "locale") || undefined,
      email: stringField(body, "email"),
      password: stringField(body, "password"),
      displayName: stringField(body, "displayName"),
    };
    return (await execute(SignUpDocument, { input }, options)).signUp;
  });
}
