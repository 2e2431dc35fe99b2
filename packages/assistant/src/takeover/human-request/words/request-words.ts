/**
 * The vocabulary of asking for a person, per language, folded (lower case, no accents):
 * who customers ask for (`roles`, named roles included: manager, supervisor, owner), the
 * verbs of reaching someone (`verbs`, base and imperative forms only: "talked" and
 * "falei" report the past), words that may sit between verb and role (`links`), words of
 * wanting (`wants`), filler a bare request may carry ("admin dong", "agent pls") and
 * markers of the past that make a mention a report, not a request.
 */
export interface RequestWords {
  roles: string[];
  verbs: string[];
  links: string[];
  wants: string[];
  fillers: string[];
  past: string[];
  /** Whole phrases that ask for a person on their own. */
  phrases: string[];
  /** A role followed by these ("a human take over", "admin yg bisa bantu") asks too. */
  helps: string[];
  /**
   * Words asking whether someone is there ("is there", "kd", "cadê", "hay"): followed by
   * a role that ends its clause ("kd o atendente??") they ask for that person.
   */
  exists: string[];
  /**
   * Word pairs in which a role word means something else ("human hair", "ukuran
   * manusia", "tamanho humano", "biaya admin"): the pair never counts as a role.
   */
  senses: string[];
  /**
   * Everyday words one letter from a role or verb ("stuff" and "staff", "manner", "kotak"
   * and "kontak", "queda" and "queja"): real words of the language, kept as typed.
   */
  realWords: string[];
  /**
   * Words that summon staff on their own ("minnn", "mimin dong"): a message of these
   * `names` and the `with` words only asks for a person.
   */
  calls: { names: string[]; with: string[] };
  /**
   * Words standing for a role named in an earlier clause ("who's the admin? let me chat
   * with them", "dono da loja, quero falar com vc"); asked for only after a want.
   */
  pronouns: string[];
  /** Second-person words: they stand for a role only when the role is addressed by name. */
  yous: string[];
  /** Words marking the customer's own people ("my manager", "mi jefe", "bos saya"). */
  owns: string[];
  /**
   * Words opening a request after a report ("it came torn, can someone call me"): a
   * request they open stands even when the past is reported before it.
   */
  opens: string[];
  /**
   * Verbs of reaching the customer ("call", "ring", "menelepon", "me ligar", "me llamara"):
   * a role followed or preceded by one of these aimed at the customer (`selves`) asks for
   * that person ("a member of your staff could call me", "que me escriba un asesor").
   */
  reach: string[];
  /** Words for the customer as the one reached ("me", "comigo", "conmigo"); Indonesian needs none. */
  selves: string[];
  /** Helping words that may sit between a role and its reaching verb ("could", "pode", "bisa"). */
  modals: string[];
  /**
   * Words for a way of reaching someone ("number", "whatsapp", "nomor", "contato"): followed
   * by a role of the shop they ask for that person ("the number of an agent", "nomor cs").
   */
  numbers: string[];
  /** Word endings read as another ending when that makes a role or verb ("advisors", "orangnya", "disambungke"). */
  endings: [string, string][];
  /** Word pairs read as one role ("ada yang" someone, "yang punya" the owner). */
  joins: Record<string, string>;
  /**
   * Words that hand the conversation over on their own ("escalate", "eskalasi",
   * "transbordo"): a clause of one of these, an object word and filler asks for a person.
   */
  handoffs: string[];
  /**
   * Teams of the shop ("billing", "keuangan", "financeiro", "facturación"): reached after a
   * verb and "to"/"with" ("put me through to billing"), not on their own ("billing?").
   */
  teams: string[];
  /**
   * Words of a phone or video call ("call", "telpon", "vc", "ligar", "llamar"): the
   * customer asking leave to call ("can I call you?", "posso ligar?") or asking to be
   * called ("call me pls", "me liga aí", "¿me pueden llamar?") asks for a person.
   */
  phones: string[];
  /** Words asking leave ("can", "bisa", "posso", "puedo"), before a call of the customer's. */
  permits: string[];
  /**
   * Words that negate what follows ("no need for", "gak usah", "não precisa", "no
   * necesito"): a request they open is declined, not asked.
   */
  negations: string[];
}
