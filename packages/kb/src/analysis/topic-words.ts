import type { Language } from '../types.js';

/**
 * Words that do not say what a question is about: verbs any request uses ("do you
 * *sell* laptops", "*tem* vaga?"), greetings and fillers, time adverbs, and nouns as
 * general as "item" or "thing". An FAQ entry that matches only such words has not
 * matched the customer's topic. Folded; general usage in each language, not one
 * shop's words. Stop words are left out already (see `languages.ts`), and those that
 * name a notion ("how much", "quanto") are question words, light too.
 */
const light: Record<Language, string> = {
  en: 'sell sells selling sold have has having get gets getting got do does doing did done make makes making made take takes give gives send sends want wants wanted need needs needed know like likes work works working worked come comes came go goes going went put try tried see look let help tell ask asked find offer offers carry carries provide accept accepts thing things stuff something anything one ones way possible ok okay hey hi hello thanks thank please lol guys also just really still already today tonight now tomorrow yesterday soon item items product products where which other another number',
  id: 'jual menjual dijual jualan beli membeli punya mau ingin pengen minta kasih bikin buat dapat dapet tolong mohon kak kakak gan agan min mimin admin sis bang mbak mas ya yah nih deh dong sih kok aja nya tanya bertanya nanya info halo hai hi terima kasih makasih sekarang besok kemarin lagi masih juga barang produk item mana dimana lain nomor',
  pt: 'vender vende vendem vendo comprar ter tem tenho temos fazer faz fazem fiz dar da dao ir vai vou vamos vem veio vir querer quero queria precisar preciso saber sei conseguir consigo poder posso pode podem gostar gostei funcionar funciona ajudar ajuda oi ola obrigado obrigada ai aqui hoje amanha ontem agora ainda coisa coisas produto produtos item itens artigo favor moco moca amigo amiga gente onde cade outro outra outros numero',
  es: 'vender venden vende vendes comprar tener tienen tiene tengo tienes hacer hacen hace hago dar dan ir voy va vamos venir viene vienen querer quiero quisiera necesitar necesito saber poder puedo puede pueden gustar gusta funcionar funciona ayudar ayuda hola gracias aqui hoy manana ayer ahora todavia cosa cosas producto productos articulo articulos favor amigo amiga donde otro otra otros numero',
};

/**
 * Prepositions after which an unknown word is most often a place ("ongkir ke surabaya",
 * "frete pra recife", "ship to canada", "envío a lima"): the FAQ answers for any place,
 * so that word is a detail of the question, not its topic. Articles may come between.
 */
const placeBefore: Record<Language, string> = {
  en: 'to in at from into',
  id: 'ke di dari',
  pt: 'para pra pro p em no na ate',
  es: 'a en hasta hacia para desde',
};
const articles = new Set('the o a os as el la los las um uma un una'.split(' '));

function sets(table: Record<Language, string>): Record<Language, ReadonlySet<string>> {
  const of = (language: Language) => new Set(table[language].split(' '));
  return { en: of('en'), id: of('id'), pt: of('pt'), es: of('es') };
}
const lightSets = sets(light);
const placeSets = sets(placeBefore);

/** Whether a folded word is light (see above) in any of the languages. */
export function isLight(word: string, languages: readonly Language[]): boolean {
  return languages.some((l) => lightSets[l].has(word));
}

/**
 * What the word at `index` of a query's folded words is to its topic: `light` (see
 * above), `detail` (a number: "size 40", "calço 38"), `place` (after a place
 * preposition: a place when the base has never seen it, as with "surabaya"; "to resell"
 * is not) or `topic`. Light words and prepositions of every language the base holds
 * count, since chat messages mix them and language detection of three words is a guess.
 */
export function wordRole(
  folded: readonly string[],
  index: number,
  languages: readonly Language[],
): TokenRole {
  const word = folded[index] ?? '';
  if (isLight(word, languages)) return 'light';
  if (/\p{N}/u.test(word)) return 'detail';
  let before = index - 1;
  while (before >= 0 && articles.has(folded[before]!)) before--;
  const preposition = before >= 0 ? folded[before]! : undefined;
  if (preposition && languages.some((l) => placeSets[l].has(preposition))) return 'place';
  return 'topic';
}

/** `phrase`: a notion a multi-word pattern names (see `phrases.ts`), not a word's role. */
export type TokenRole = 'topic' | 'light' | 'detail' | 'place' | 'phrase';
