"use client";

import { ErrorPanel } from "@/components/ErrorPanel";

/** Errors of a signed-in page stay inside the shell: navigation keeps working. */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel reset={reset} digest={error.digest} />;
}
