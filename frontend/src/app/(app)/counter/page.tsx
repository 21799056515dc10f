import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { can } from "@/lib/permissions";
import { getMe, getVisibleLocations } from "@/lib/session/server";
import { CounterScreen } from "@/modules/counter/components/CounterScreen";

export const metadata: Metadata = { title: "Counter" };

// The frame and the user's locations (Staff: their assigned ones) come from the server; looking up
// and recording happen on the client.
export default async function CounterPage() {
  const me = await getMe();
  if (!can(me.user.role, "visits.record")) return <Forbidden role={me.user.role} />;
  return <CounterScreen locations={await getVisibleLocations()} />;
}
