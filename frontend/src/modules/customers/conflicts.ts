import type { ApiError } from "@/lib/api/errors";

// createCustomer/updateCustomer answer CONFLICT with extensions {field, existingCustomerId} when the
// email or phone already belongs to another customer: the form links to that customer instead of
// leaving the user with a dead end (or a duplicate).

export interface CustomerConflict {
  field: "email" | "phone";
  existingCustomerId: string;
}

export function conflictOf(errors: readonly ApiError[]): CustomerConflict | null {
  for (const error of errors) {
    if (error.code !== "CONFLICT" || !error.existingCustomerId) continue;
    return { field: error.field === "phone" ? "phone" : "email", existingCustomerId: error.existingCustomerId };
  }
  return null;
}
