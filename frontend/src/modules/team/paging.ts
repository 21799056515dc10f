// Page size of the team lists. In a plain module (not a "use client" one) because server components
// read it too: a server component importing a constant from a client module gets a reference, not
// the number, and the query would silently fall back to the API's default page size.
export const TEAM_PAGE_SIZE = 25;
