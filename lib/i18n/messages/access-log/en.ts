import type { AccessLogMessages } from "./pt-BR";

/** The LGPD access log (administrators, /admin/access-log): namespace `accessLog`. */
export const accessLogEn: AccessLogMessages = {
  title: "Personal data access",
  intro:
    "Who saw natural persons' CPF, e-mail or phones, when, which record and on which screen (LGPD). The data itself is never kept in the log.",
  search: "Search record",
  searchHint: "Customer or contact code, or the name. At least 3 characters.",
  searchTooShort: "Type at least 3 characters to search.",
  filters: "Filters",
  filtersSummary: "{count, plural, =0 {Filters} one {Filters · # on} other {Filters · # on}}",
  login: "User",
  anyLogin: "All users",
  from: "From",
  to: "To",
  invalidRange: "The end date is before the start date.",
  clearFilters: "Clear filters",
  count: "{total, plural, =0 {No views} one {# view} other {# views}}",
  columns: { at: "When", user: "User", record: "Record", fields: "Data seen", screen: "Screen" },
  seller: "seller {code}",
  tenant: "company {company}, branch {branch}",
  entities: { customer: "Customer", prospect: "Prospect", contact: "Contacts" },
  fields: { cpf: "CPF", email: "E-mail", phone: "Phone" },
  screens: { "customer-page": "Customer page", "prospect-page": "Prospect page" },
  emptyNone: "No personal data views logged.",
  emptyFiltered: "No views match the search and filters. Check the text typed or clear the filters.",
  page: "Page {page} of {pages}",
  previous: "Previous",
  next: "Next",
  pagination: "Pagination",
};
