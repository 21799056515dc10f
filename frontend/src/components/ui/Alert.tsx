import type { ReactNode } from "react";

const KINDS = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
} as const;

/** Errors interrupt (role=alert); other notices are polite (role=status). */
export function Alert({ kind = "info", children, testId }: { kind?: keyof typeof KINDS; children: ReactNode; testId?: string }) {
  return (
    <div role={kind === "error" ? "alert" : "status"} data-testid={testId} className={`rounded-md border px-4 py-3 text-sm ${KINDS[kind]}`}>
      {children}
    </div>
  );
}

export function AlertList({ messages, testId }: { messages: readonly string[]; testId?: string }) {
  if (messages.length === 0) return null;
  return (
    <Alert kind="error" testId={testId}>
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <ul className="list-disc pl-5">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
