/** The LGPD access log (administrators, /admin/access-log): namespace `accessLog`. */
export const accessLogPtBR = {
  title: "Acesso a dados pessoais",
  intro:
    "Quem viu CPF, e-mail ou telefones de pessoas físicas, quando, qual registro e em qual tela (LGPD). Os dados em si nunca ficam no registro.",
  search: "Buscar registro",
  searchHint: "Código do cliente ou do contato, ou o nome. Mínimo de 3 caracteres.",
  searchTooShort: "Digite ao menos 3 caracteres para buscar.",
  filters: "Filtros",
  filtersSummary: "{count, plural, =0 {Filtros} one {Filtros · # ativo} other {Filtros · # ativos}}",
  login: "Usuário",
  anyLogin: "Todos os usuários",
  from: "De",
  to: "Até",
  invalidRange: "A data final é anterior à inicial.",
  clearFilters: "Limpar filtros",
  count: "{total, plural, =0 {Nenhum acesso} one {# acesso} other {# acessos}}",
  columns: { at: "Quando", user: "Usuário", record: "Registro", fields: "Dados vistos", screen: "Tela" },
  seller: "vendedor {code}",
  tenant: "empresa {company}, filial {branch}",
  entities: { customer: "Cliente", prospect: "Prospect", contact: "Contatos" },
  fields: { cpf: "CPF", email: "E-mail", phone: "Telefone" },
  screens: { "customer-page": "Página do cliente", "prospect-page": "Página do prospect" },
  emptyNone: "Nenhum acesso a dados pessoais registrado.",
  emptyFiltered: "Nenhum acesso corresponde à busca e aos filtros. Confira o texto digitado ou limpe os filtros.",
  page: "Página {page} de {pages}",
  previous: "Anterior",
  next: "Próxima",
  pagination: "Paginação",
};

export type AccessLogMessages = typeof accessLogPtBR;
