import type { Metadata } from "next";
import { LoginForm } from "@/modules/auth/components/LoginForm";
import { safeNextPath } from "@/lib/session/safe-next";

export const metadata: Metadata = { title: "Login" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = typeof params.next === "string" ? params.next : null;
  const reason = params.reason === "expired" || params.reason === "loggedout" ? params.reason : null;
  return <LoginForm next={safeNextPath(next)} reason={reason} />;
}
