"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TypedDocumentString } from "@/gql/graphql";
import { request } from "./client";
import { asApiErrors, type ApiError } from "./errors";

// Small hooks over the typed client for data that changes while the page is open. First paint
// comes from server components (initialData); these refresh it, poll it, and run mutations.

export interface QueryState<R> {
  data: R | undefined;
  errors: ApiError[] | null;
  loading: boolean;
  refetch: () => Promise<void>;
}

export function useQuery<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: { initialData?: R; pollMs?: number; skip?: boolean } = {},
): QueryState<R> {
  const [data, setData] = useState<R | undefined>(options.initialData);
  const [errors, setErrors] = useState<ApiError[] | null>(null);
  const [loading, setLoading] = useState(!options.initialData && !options.skip);
  const key = JSON.stringify(variables);
  const latest = useRef(0);

  const refetch = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const result = await request(document, JSON.parse(key) as V);
      if (ticket === latest.current) {
        setData(result);
        setErrors(null);
      }
    } catch (error) {
      if (ticket === latest.current) setErrors(asApiErrors(error));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [document, key]);

  const hasInitial = useRef(options.initialData !== undefined);
  useEffect(() => {
    if (options.skip) return;
    // Server-rendered data is fresh for the first render; fetch only when variables change later.
    if (hasInitial.current) {
      hasInitial.current = false;
    } else {
      void refetch();
    }
    if (!options.pollMs) return;
    const timer = setInterval(() => {
      if (globalThis.document?.visibilityState !== "hidden") void refetch();
    }, options.pollMs);
    return () => clearInterval(timer);
  }, [refetch, options.pollMs, options.skip, document]);

  return { data, errors, loading, refetch };
}

export type MutationResult<R> = { ok: true; data: R } | { ok: false; errors: ApiError[] };

/** Runs a mutation; never throws, so a form can put each error beside its field. */
export function useMutation<R, V>(document: TypedDocumentString<R, V>): [(variables: V) => Promise<MutationResult<R>>, boolean] {
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async (variables: V): Promise<MutationResult<R>> => {
      setPending(true);
      try {
        return { ok: true, data: await request(document, variables) };
      } catch (error) {
        return { ok: false, errors: asApiErrors(error) };
      } finally {
        setPending(false);
      }
    },
    [document],
  );
  return [run, pending];
}
