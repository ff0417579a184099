/**
 * An address found by its CEP (the ViaCEP-compatible provider of CEP_LOOKUP_URL, through
 * `/api/cep/{cep}`), in the field names of the customer and prospect forms: `citycode` is the 7-digit
 * IBGE code the ERP checks against `uf`; `address` and `neighborhood` are blank for a city-wide CEP.
 */
export type CepAddress = {
  /** 8 digits. */
  zipcode: string;
  address: string;
  neighborhood: string;
  city: string;
  citycode: string;
  uf: string;
  /** The city's area code; blank when the provider does not say. */
  ddd: string;
};

/** Why `/api/cep/{cep}` found no address: 400, 404 and 503 answer `{ error, message }` with one of these. */
export type CepLookupFailure = "invalid" | "not_found" | "unavailable";
