import type { AccessLogMessages } from "./pt-BR";

/** The LGPD access log (administrators, /admin/access-log): namespace `accessLog`. */
export const accessLogEs: AccessLogMessages = {
  title: "Acceso a datos personales",
  intro:
    "Quién vio el CPF, el correo o los teléfonos de personas físicas, cuándo, qué registro y en qué pantalla (LGPD). Los datos en sí nunca quedan en el registro.",
  search: "Buscar registro",
  searchHint: "Código del cliente o del contacto, o el nombre. Mínimo 3 caracteres.",
  searchTooShort: "Escriba al menos 3 caracteres para buscar.",
  filters: "Filtros",
  filtersSummary: "{count, plural, =0 {Filtros} one {Filtros · # activo} other {Filtros · # activos}}",
  login: "Usuario",
  anyLogin: "Todos los usuarios",
  from: "Desde",
  to: "Hasta",
  invalidRange: "La fecha final es anterior a la inicial.",
  clearFilters: "Limpiar filtros",
  count: "{total, plural, =0 {Ningún acceso} one {# acceso} other {# accesos}}",
  columns: { at: "Cuándo", user: "Usuario", record: "Registro", fields: "Datos vistos", screen: "Pantalla" },
  seller: "vendedor {code}",
  tenant: "empresa {company}, sucursal {branch}",
  entities: { customer: "Cliente", prospect: "Prospecto", contact: "Contactos" },
  fields: { cpf: "CPF", email: "Correo", phone: "Teléfono" },
  screens: { "customer-page": "Página del cliente", "prospect-page": "Página del prospecto" },
  emptyNone: "No hay accesos a datos personales registrados.",
  emptyFiltered: "Ningún acceso coincide con la búsqueda y los filtros. Revise el texto o limpie los filtros.",
  page: "Página {page} de {pages}",
  previous: "Anterior",
  next: "Siguiente",
  pagination: "Paginación",
};
