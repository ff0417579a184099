/**
 * The quotation form (namespace `quotationForm`): the order form's component with a quotation's
 * words where they differ (titles, buttons, the ERP's answers); every other text is `orderForm`'s.
 */
export const quotationFormPtBR = {
  newTitle: "Novo orçamento",
  editTitle: "Alterar orçamento {number}",
  resumed: "Rascunho retomado: continue de onde parou.",
  copiedFrom: "Cópia do orçamento {number}: confira preços e validade antes de enviar.",
  fromOrder: "Itens do pedido {number}: confira preços e validade antes de enviar.",
  submit: "Enviar orçamento",
  saveChanges: "Salvar alterações",
  discard: "Descartar",
  discardConfirm: "Descartar este orçamento? O rascunho será apagado.",
  discardChanges: "Descartar alterações",
  discardChangesConfirm: "Descartar as alterações deste orçamento?",
  validity: "Válido até",
  validityHint: "De hoje até {last}. Sem data, o ERP considera {days} dias a partir de hoje.",
  expiredNote: "Este orçamento venceu em {date}: escolha uma nova validade para poder efetivá-lo.",
  creditNote: "O crédito e o estoque são analisados quando o orçamento for efetivado em pedido.",
  prospect: {
    title: "Prospect",
    badge: "Prospect",
    fixed: "Orçamento para um prospect, que ainda não é cliente: ele não pode ser trocado neste orçamento.",
    noCredit:
      "Sem prévia de crédito: um prospect ainda não é cliente. O crédito e o estoque são analisados quando ele virar cliente e o orçamento for efetivado em pedido.",
    converted: "O prospect {name} ({prospect}) já virou o cliente {customer}: este orçamento é para o cliente.",
  },
  reloadOrder: "Recarregar o orçamento",
  offline: "ERP indisponível agora: alterar exige a situação atual do orçamento no ERP. Tente de novo em instantes.",
  drafts: {
    intro: "Orçamentos em digitação, salvos automaticamente. Retome de onde parou ou descarte.",
    empty: "Nenhum rascunho. Os orçamentos que você começa a digitar aparecem aqui até serem enviados.",
    newDocument: "Novo orçamento",
    newDraft: "Novo orçamento",
    copyOf: "cópia do {number}",
    editDraft: "Alteração do orçamento {number}",
    done: "Enviado: virou orçamento",
  },
  errors: {
    unauthorized: "Sua sessão expirou. Entre novamente; o rascunho está salvo.",
    unexpected: "Algo deu errado. O rascunho está salvo. Código para o suporte: {id}",
    draft_invalid: "Não foi possível salvar o rascunho.",
    draft_sent: "Este rascunho já foi enviado ao ERP.",
    not_found: "Orçamento ou rascunho não encontrado entre os seus.",
    invalid: "Corrija os campos destacados.",
    rejected: "O ERP recusou o orçamento: {message}",
    conflict:
      "O orçamento foi alterado por outra pessoa ou pelo ERP depois que você o abriu. Recarregue o orçamento para ver a versão atual e refaça a alteração.",
    not_sent:
      "O orçamento não foi enviado: o ERP não respondeu. O rascunho está salvo; envie de novo quando o ERP voltar — não haverá orçamento duplicado.",
    locked: "Este orçamento não pode mais ser alterado (já efetivado em pedido ou cancelado).",
    no_seller: "Seu usuário não é vendedor nesta filial: não é possível incluir orçamentos.",
    notSentBefore: "Este rascunho ainda não foi enviado: o ERP não respondeu na última tentativa. Envie de novo.",
    rejectedBefore: "Na última tentativa o ERP recusou o orçamento: {message}",
    alreadySending: "Este orçamento já está sendo enviado. Aguarde o resultado.",
    already_sent:
      "Este rascunho já tinha sido enviado, e o ERP ficou com o conteúdo daquele envio: altere o orçamento criado para aplicar as mudanças.",
    first_pending: "O ERP ainda está processando o primeiro envio. Aguarde o resultado.",
    rejectedByJob:
      "O ERP não gravou o orçamento: {message}. Corrija e envie de novo — o mesmo orçamento será reenviado, sem duplicar.",
  },
};

export type QuotationFormMessages = typeof quotationFormPtBR;
