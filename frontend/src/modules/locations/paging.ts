// Page size of the locations list, shared by the server page and the client list (see team/paging.ts
// for why it is not exported from the "use client" component).
export const LOCATIONS_PAGE_SIZE = 25;
