import type { Locale } from "../locales";
import en from "./en";
import es from "./es";
import ptBR, { type Messages } from "./pt-BR";

export const messages: Record<Locale, Messages> = { "pt-BR": ptBR, en, es };
export type { Messages };
