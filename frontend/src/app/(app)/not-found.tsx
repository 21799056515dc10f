import { NotFoundPanel } from "@/components/StatusPages";

export default function AppNotFound() {
  return <NotFoundPanel />;
}
