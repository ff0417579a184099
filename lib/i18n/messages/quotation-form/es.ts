import type { QuotationFormMessages } from "./pt-BR";

/** es of `quotation-form/pt-BR.ts` (the `quotationForm` namespace). */
export const quotationFormEs: QuotationFormMessages = {
  newTitle: "Nuevo presupuesto",
  editTitle: "Modificar presupuesto {number}",
  resumed: "Borrador retomado: continúe donde lo dejó.",
  copiedFrom: "Copia del presupuesto {number}: revise precios y validez antes de enviar.",
  fromOrder: "Ítems del pedido {number}: revise precios y validez antes de enviar.",
  submit: "Enviar presupuesto",
  saveChanges: "Guardar cambios",
  discard: "Descartar",
  discardConfirm: "¿Descartar este presupuesto? El borrador se eliminará.",
  discardChanges: "Descartar cambios",
  discardChangesConfirm: "¿Descartar los cambios de este presupuesto?",
  validity: "Válido hasta",
  validityHint: "Desde hoy hasta {last}. Sin fecha, el ERP considera {days} días desde hoy.",
  expiredNote: "Este presupuesto venció el {date}: elija una nueva validez para poder convertirlo.",
  creditNote: "El crédito y el stock se analizan cuando el presupuesto se convierte en pedido.",
  prospect: {
    title: "Prospecto",
    badge: "Prospecto",
    fixed: "Presupuesto para un prospecto, que aún no es cliente: no puede cambiarse en este presupuesto.",
    noCredit:
      "Sin vista previa de crédito: un prospecto aún no es cliente. El crédito y el stock se analizan cuando se convierta en cliente y el presupuesto se convierta en pedido.",
    converted: "El prospecto {name} ({prospect}) ya es el cliente {customer}: este presupuesto es para el cliente.",
  },
  reloadOrder: "Recargar el presupuesto",
  offline:
    "ERP no disponible ahora: modificar requiere la situación actual del presupuesto en el ERP. Inténtelo de nuevo en instantes.",
  drafts: {
    intro: "Presupuestos en digitación, guardados automáticamente. Retome donde lo dejó o descarte.",
    empty: "Ningún borrador. Los presupuestos que empieza a digitar aparecen aquí hasta que se envían.",
    newDocument: "Nuevo presupuesto",
    newDraft: "Nuevo presupuesto",
    copyOf: "copia del {number}",
    editDraft: "Cambio del presupuesto {number}",
    done: "Enviado: se convirtió en presupuesto",
  },
  errors: {
    unauthorized: "Su sesión expiró. Inicie sesión de nuevo; el borrador está guardado.",
    unexpected: "Algo salió mal. El borrador está guardado. Código para soporte: {id}",
    draft_invalid: "No se pudo guardar el borrador.",
    draft_sent: "Este borrador ya fue enviado al ERP.",
    not_found: "Presupuesto o borrador no encontrado entre los suyos.",
    invalid: "Corrija los campos resaltados.",
    rejected: "El ERP rechazó el presupuesto: {message}",
    conflict:
      "El presupuesto fue modificado por otra persona o por el ERP después de que usted lo abrió. Recárguelo para ver la versión actual y rehaga el cambio.",
    not_sent:
      "El presupuesto no se envió: el ERP no respondió. El borrador está guardado; envíelo de nuevo cuando el ERP vuelva — no habrá presupuesto duplicado.",
    locked: "Este presupuesto ya no puede modificarse (ya convertido en pedido o cancelado).",
    no_seller: "Su usuario no es vendedor en esta sucursal: no es posible incluir presupuestos.",
    notSentBefore: "Este borrador aún no se envió: el ERP no respondió en el último intento. Envíelo de nuevo.",
    rejectedBefore: "En el último intento el ERP rechazó el presupuesto: {message}",
    alreadySending: "Este presupuesto ya se está enviando. Espere el resultado.",
    already_sent:
      "Este borrador ya se había enviado y el ERP se quedó con el contenido de aquel envío: modifique el presupuesto creado para aplicar los cambios.",
    first_pending: "El ERP aún está procesando el primer envío. Espere el resultado.",
    rejectedByJob:
      "El ERP no grabó el presupuesto: {message}. Corríjalo y envíelo de nuevo — se reenvía el mismo presupuesto, sin duplicar.",
  },
};
