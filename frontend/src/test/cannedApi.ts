import { vi } from "vitest";
import { ApiRequestError } from "@/lib/api/errors";

/**
 * Route tests render server components against canned API answers, one per operation name. A test file
 * mocks the modules with these factories (through a dynamic import, as vi.mock factories are hoisted):
 *
 *   vi.mock("next/navigation", async () => (await import("@/test/cannedApi")).navigationMock());
 *   vi.mock("@/lib/session/server", async () => (await import("@/test/cannedApi")).sessionServerMock({ getMe }));
 *
 * and sets `cannedApi.answers` (an Error is thrown as the API's error) and reads `cannedApi.asked`.
 */
export const cannedApi = {
  answers: new Map<string, unknown>(),
  asked: [] as Array<{ name: string; variables: unknown }>,
  reset() {
    this.answers.clear();
    this.asked.length = 0;
  },
};

function operationName(document: unknown): string {
  return /(?:query|mutation) (\w+)/.exec(String(document))?.[1] ?? "?";
}

async function run(document: unknown, variables: unknown): Promise<unknown> {
  const name = operationName(document);
  cannedApi.asked.push({ name, variables });
  const answer = cannedApi.answers.get(name);
  if (answer instanceof Error) throw answer;
  if (answer === undefined) throw new Error(`no canned answer for ${name}`);
  return answer;
}

/** next/navigation: a router that does nothing, notFound() throwing as in Next. */
export function navigationMock() {
  return {
    useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }),
    notFound: () => {
      throw new Error("NEXT_NOT_FOUND");
    },
  };
}

/** @/lib/session/server answering from `cannedApi`; `extra` adds what the routes under test also call. */
export function sessionServerMock(extra: Record<string, unknown>) {
  return {
    serverQuery: run,
    serverQueryOr: async (document: unknown, variables: unknown) => {
      try {
        return { ok: true, data: await run(document, variables) };
      } catch (error) {
        if (error instanceof ApiRequestError) return { ok: false, error };
        throw error;
      }
    },
    ...extra,
  };
}
