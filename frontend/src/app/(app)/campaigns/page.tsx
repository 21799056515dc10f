import { ComingSoon } from "@/components/StatusPages";

export default function ComingSoonPage() {
  return <ComingSoon module="campaigns" />;
}
