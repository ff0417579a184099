/**
 * The contacts of a customer or prospect (namespace `contacts`, issue 18 item 7): the list with
 * tap to call, e-mail and WhatsApp, and the inline form that adds, changes and deletes them. The
 * queue's steps are `registration.queue`'s.
 */
export const contactsPtBR = {
  title: "Contatos",
  empty: "Nenhum contato cadastrado.",
  add: "Adicionar contato",
  edit: "Alterar",
  editNamed: "Alterar {name}",
  delete: "Excluir",
  deleteNamed: "Excluir {name}",
  deleteConfirm: "Excluir o contato {name} e os telefones dele?",
  call: "Ligar para {name}: {number}",
  whatsapp: "WhatsApp {name}",
  whatsappNumber: "WhatsApp {name}: {number}",
  main: "principal",
  phoneTypes: { "1": "Comercial", "2": "Residencial", "3": "Fax", "4": "Celular" },
  form: {
    titleNew: "Novo contato",
    titleEdit: "Alterar {name}",
    name: "Nome",
    role: "Cargo ou função",
    email: "E-mail",
    phones: "Telefones",
    phonesHint: "Um celular ganha o link do WhatsApp.",
    phone: "Telefone {n}",
    type: "Tipo",
    ddd: "DDD",
    number: "Número",
    main: "Principal",
    addPhone: "Adicionar telefone",
    removePhone: "Remover telefone {n}",
    submitNew: "Enviar contato",
    submitEdit: "Salvar alterações",
    sending: "Enviando…",
    cancel: "Cancelar",
  },
  queue: {
    doneInsert: "Contato {name} incluído",
    doneUpdate: "Contato {name} alterado",
    doneDelete: "Contato {name} excluído",
    fix: "Corrigir e reenviar",
    close: "Fechar",
  },
};

export type ContactsMessages = typeof contactsPtBR;
