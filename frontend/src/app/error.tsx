"use client";

import { ErrorPanel } from "@/components/ErrorPanel";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <ErrorPanel reset={reset} digest={error.digest} />
    </main>
  );
}
