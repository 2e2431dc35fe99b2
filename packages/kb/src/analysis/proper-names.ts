/**
 * Proper names that say what a customer's question is about, in queries only. A
 * country ("mandan a argentina?", "kirim ke malaysia bisa?", "ship to canada?") asks
 * where the shop sends or sells: `~abroad`. A bank, e-wallet, card scheme or
 * pay-at-store chain ("bisa tf bca?", "aceita pix?", "puedo pagar en oxxo?") asks
 * which ways of paying are taken: `~method`. Passages keep their words only: an answer
 * saying "we ship across Indonesia" is about a home market, and "0% instalments with a
 * BCA card" is about instalments; the entry about either names the notion itself.
 * Folded; compact lists of general knowledge, not one shop's.
 */
const countries = `
indonesia indonesie indonesian malaysia malasia singapore singapura singapur cingapura
brunei thailand tailandia thailandia vietnam vietna philippines filipina filipinas
japan japao japon jepang china cina korea korea coreia corea taiwan hongkong india
australia nz zealand zelandia selandia
usa eua eeuu america amerika canada kanada mexico meksiko
brazil brasil brasilia argentina chile cile colombia kolombia peru venezuela ecuador
equador uruguay uruguai paraguay paraguai bolivia
uk england inggris inglaterra britain britania ireland irlanda
portugal spain spanyol espanha espana france prancis franca francia germany jerman
alemanha alemania italy italia netherlands belanda holanda switzerland suica suiza
belgium belgica europe eropa europa
uae emirates emirados emiratos dubai saudi arab arabia qatar turkey turki turquia
egypt mesir egito egipto africa afrika angola mozambique mocambique nigeria
`;

/** Names that are common words too stay out: "dana", "elo", "caixa", "inter". */
const payment = `
bca bri bni mandiri bsi cimb permata gopay ovo shopeepay linkaja qris alfamart indomaret
pix boleto nubank picpay itau bradesco oxxo bizum mercadopago nequi yape
paypal visa mastercard amex maestro applepay googlepay
`;

const notions = new Map<string, string>();
for (const [list, notion] of [
  [countries, '~abroad'],
  [payment, '~method'],
] as const)
  for (const name of list.split(/\s+/)) if (name) notions.set(name, notion);

/** The notion a proper name in a question names (`~abroad`, `~method`), if any. */
export function nameNotion(word: string): string | undefined {
  return notions.get(word);
}
