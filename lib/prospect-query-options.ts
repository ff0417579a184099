import { prospectStages } from "@/lib/types/prospect";

/** Options of the "Meus prospects" query, kept free of zod so the list's bundle stays small. */
export const prospectSorts = ["name", "code", "inclusionDate", "city"] as const;
export type ProspectSort = (typeof prospectSorts)[number];

/** The status filter: still a prospect, or converted into a customer. */
export const prospectFilterStatuses = prospectStages;

/** A UF as the URL carries it (two letters); the API checks it is one of the 27 (lib/br-registration.ts). */
export const UF_PATTERN = /^[A-Z]{2}$/;
