/**
 * The LGPD access log (issue 18) as the portal speaks it: what kind of record a view was of, which
 * kinds of personal data it showed, and one logged view as an administrator reads it.
 */

export const personalDataEntities = ["customer", "prospect", "contact"] as const;
export type PersonalDataEntity = (typeof personalDataEntities)[number];

/** The personal data a screen may show of a natural person: never logged as values, only by kind. */
export const personalDataFields = ["cpf", "email", "phone"] as const;
export type PersonalDataField = (typeof personalDataFields)[number];

/** The screens that show a natural person's data in full and log it (the route's name). */
export const personalDataScreens = ["customer-page", "prospect-page"] as const;
export type PersonalDataScreen = (typeof personalDataScreens)[number];

/** One view to log: the record, the name it is known by, what was shown and where. */
export type PersonalDataView = {
  entity: PersonalDataEntity;
  /** `code/store` of a customer or prospect; the contacts' codes (SU5), comma-separated, for contacts. */
  recordKey: string;
  subjectName: string;
  fields: PersonalDataField[];
  screen: PersonalDataScreen;
};

/** One logged view, for the administrator's list. `at` is an ISO instant. */
export type PersonalDataAccess = {
  id: string;
  at: string;
  login: string;
  userName: string;
  sellerCode: string | null;
  company: string;
  branch: string;
  entity: PersonalDataEntity;
  recordKey: string;
  subjectName: string;
  fields: PersonalDataField[];
  /** A screen of `personalDataScreens`, or one a later version logged. */
  screen: string;
};

export type PersonalDataAccessPage = {
  items: PersonalDataAccess[];
  total: number;
  page: number;
  pageSize: number;
};
