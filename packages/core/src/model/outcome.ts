/** What a conversation brought the business (OB1): a lead and/or sales. */
export interface Lead {
  at: string;
  /** Who marked it: an operator id, an assistant id, your integration's name. */
  by?: string;
  /** Expected value, e.g. 1500 with currency `BRL`. */
  value?: number;
  currency?: string;
  note?: string;
}

export interface Sale {
  id: string;
  at: string;
  by?: string;
  value: number;
  /** ISO 4217 code, upper case: `BRL`, `USD`, `IDR`. */
  currency: string;
  /** Your order or invoice number. */
  reference?: string;
  note?: string;
}
