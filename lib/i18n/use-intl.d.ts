import type { Locale } from "./locales";
import type { Messages } from "./messages/pt-BR";

// Typed message keys and locales for use-intl (useTranslations / createTranslator).
declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
