/** Lower-case, accent-free text: what the customer search stores and what a query is matched as. */
export function searchText(...parts: string[]) {
  return parts
    .join(" ")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}
