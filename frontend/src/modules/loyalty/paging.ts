// Shared by the server page and the client list (a constant imported from a "use client" file would
// reach a server component as a reference, not a value).
export const PROGRAMS_PAGE_SIZE = 20;
export const LEDGER_PAGE_SIZE = 10;
