import type { QuotationFormMessages } from "./pt-BR";

/** en of `quotation-form/pt-BR.ts` (the `quotationForm` namespace). */
export const quotationFormEn: QuotationFormMessages = {
  newTitle: "New quotation",
  editTitle: "Change quotation {number}",
  resumed: "Draft resumed: carry on where you left off.",
  copiedFrom: "Copy of quotation {number}: check prices and validity before sending.",
  fromOrder: "Items of order {number}: check prices and validity before sending.",
  submit: "Send quotation",
  saveChanges: "Save changes",
  discard: "Discard",
  discardConfirm: "Discard this quotation? The draft will be deleted.",
  discardChanges: "Discard changes",
  discardChangesConfirm: "Discard the changes to this quotation?",
  validity: "Valid until",
  validityHint: "From today up to {last}. Without a date, the ERP takes {days} days from today.",
  expiredNote: "This quotation expired on {date}: choose a new validity to be able to convert it.",
  creditNote: "Credit and stock are analysed when the quotation is converted to an order.",
  prospect: {
    title: "Prospect",
    badge: "Prospect",
    fixed: "Quotation for a prospect, not a customer yet: it cannot be changed in this quotation.",
    noCredit:
      "No credit preview: a prospect is not a customer yet. Credit and stock are analysed once it becomes a customer and the quotation is converted to an order.",
    converted: "Prospect {name} ({prospect}) already became customer {customer}: this quotation is for the customer.",
  },
  reloadOrder: "Reload the quotation",
  offline:
    "The ERP is unavailable right now: a change needs the quotation as the ERP has it now. Try again in a moment.",
  drafts: {
    intro: "Quotations being typed, saved automatically. Pick up where you left off, or discard.",
    empty: "No drafts. The quotations you start typing show here until they are sent.",
    newDocument: "New quotation",
    newDraft: "New quotation",
    copyOf: "copy of {number}",
    editDraft: "Change to quotation {number}",
    done: "Sent: became a quotation",
  },
  errors: {
    unauthorized: "Your session expired. Sign in again; the draft is saved.",
    unexpected: "Something went wrong. The draft is saved. Code for support: {id}",
    draft_invalid: "The draft could not be saved.",
    draft_sent: "This draft was already sent to the ERP.",
    not_found: "Quotation or draft not found among yours.",
    invalid: "Fix the highlighted fields.",
    rejected: "The ERP refused the quotation: {message}",
    conflict:
      "The quotation was changed by someone else or by the ERP after you opened it. Reload it to see the current version and make your change again.",
    not_sent:
      "The quotation was not sent: the ERP did not answer. The draft is saved; send it again when the ERP is back — no duplicate quotation will be made.",
    locked: "This quotation can no longer be changed (already converted to an order, or cancelled).",
    no_seller: "Your user is not a seller in this branch: quotations cannot be added.",
    notSentBefore: "This draft was not sent yet: the ERP did not answer on the last attempt. Send it again.",
    rejectedBefore: "On the last attempt the ERP refused the quotation: {message}",
    alreadySending: "This quotation is already being sent. Wait for the result.",
    already_sent:
      "This draft had already been sent, and the ERP kept that send's content: change the quotation it created to apply your changes.",
    first_pending: "The ERP is still processing the first send. Wait for the result.",
    rejectedByJob:
      "The ERP did not save the quotation: {message}. Fix it and send again — the same quotation is resent, never duplicated.",
  },
};
