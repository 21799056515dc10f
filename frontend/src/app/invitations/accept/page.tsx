import { redirect } from "next/navigation";

/** The API hands out links as /invitations/accept?token=...; the page lives at /invitation. */
export default async function AcceptRedirect({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  redirect(typeof token === "string" ? `/invitation?token=${encodeURIComponent(token)}` : "/invitation");
}
