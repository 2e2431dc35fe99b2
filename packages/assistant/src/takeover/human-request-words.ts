import type { LanguageCode } from '../language/detect.js';

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
}

export const requestWords: Record<LanguageCode, RequestWords> = {
  en: {
    roles:
      'human humans humn huamn hooman person people agent agents someone somebody anyone representative rep operator staff manager managers manger supervisor owner boss team support service whoever admin cs employee'.split(
        ' ',
      ),
    verbs:
      'talk speak speek chat connect transfer put get give call escalate contact hand pass forward reach hook complain'.split(
        ' ',
      ),
    links:
      'to with me us over through back this a an the your ur some one of from real live actual store shop customer in charge up'.split(
        ' ',
      ),
    wants: 'want wanna need needs prefer rather'.split(' '),
    fillers:
      'please pls plz now asap a an the real live actual hi hello hey just i need want'.split(' '),
    past: 'yesterday already earlier before told said last was were'.split(' '),
    phrases: [
      'real person',
      'live person',
      'actual person',
      'real human',
      'live agent',
      'human please',
      'human pls',
      'human agent',
      'customer service agent',
      'customer service representative',
      'is there a real',
      'is there a person',
      'is anyone there',
    ],
    helps: [
      'take over',
      'help me',
      'assist me',
      'call me',
      'call me back',
      'contact me',
      'answer me',
      'reply to me',
      'respond to me',
      'get back to me',
      'talk to me',
      'chat with me',
      'message me',
      'can help',
    ],
    exists: ['there', 'any', 'anyone', 'anybody'],
    senses: [
      'human hair',
      'human size',
      'human sized',
      'human grade',
      'human height',
      'human resources',
      'admin fee',
      'owner s manual',
      'owners manual',
    ],
    calls: { names: [], with: [] },
    pronouns: ['them', 'him', 'her'],
    yous: ['you', 'u'],
    owns: ['my', 'our', 'mine'],
    opens: ['can', 'could', 'would', 'please', 'pls', 'plz'],
  },
  id: {
    // Chat forms and verb variants (base, -in/-kan/-i, me-/di-/nge- forms, shorthand);
    // named roles, spelled as customers type them.
    roles:
      'admin adminnya admn mimin cs csnya cso orang org manusia operator operatornya petugas petugasnya staf staff stafnya pegawai karyawan agen bagian manajer manajernya menejer manager managernya supervisor supervisornya spv atasan atasannya owner ownernya pemilik pemiliknya bos boss bosnya pimpinan pimpinannya pengelola customer layanan pelanggan'.split(
        ' ',
      ),
    verbs:
      'bicara berbicara bicarain ngomong omong ngomongin ngmg ngomg chat ngechat chatting ngobrol obrol hubungi hubungin menghubungi hubungkan dihubungi sambung sambungkan sambungin nyambung disambung disambungin panggil panggilin panggilkan manggil dipanggil cari cariin carikan minta mintain mau alihkan alihin dialihkan dialihin pindahkan pindahin oper operin dioper eskalasi telpon telepon nelpon tlp telp ganti connect konek konekin transfer talk call ketemu bertemu temui dilayani layani diladenin ladenin disambungkan dihubungkan komplain pengen pengin pingin pgn ingin butuh perlu kontak kontakin'.split(
        ' ',
      ),
    links:
      'dengan sama sma ama ma ke dgn sm kepada kpd yang yg langsung lgsg lsg langsun saya aku sy aq gue gw tolong tlg nomor no nomer wa service dong donk aja aj pihak salah satu seorang sang kakak kak bisa bs diajak toko'.split(
        ' ',
      ),
    wants: 'mau mo pengen pengin pingin pgn minta tolong tlg ingin butuh perlu'.split(' '),
    fillers:
      'nya kak kk ka min gan sis bang mas mbak dong donk deh aja aj sih ya yah please plis pls tolong tlg mana mn nih yg asli segera skrg sekarang'.split(
        ' ',
      ),
    past: 'kemarin kmrn kemaren tadi td udah udh sudah sdh pernah barusan'.split(' '),
    phrases: [
      'orang asli',
      'orang beneran',
      'orang sungguhan',
      'org asli',
      'manusia asli',
      'manusia beneran',
      'cs manusia',
      'admin manusia',
      'agen manusia',
      'admin asli',
      'cs asli',
      'ada orang',
      'ada org',
      'bukan bot',
      'jangan bot',
      'ga mau bot',
      'gak mau bot',
      'ga mau sama bot',
      'gak mau sama bot',
      'ngga mau sama bot',
      'tidak mau bot',
    ],
    helps: [
      'bisa bantu',
      'yg bales',
      'yang bales',
      'yang balas',
      'yg balas',
      'bantu saya',
      'bantuin saya',
      'layani',
      'bisa bantuin',
      'online',
      'ada',
      'tolong',
      'bales',
      'balas',
      'hubungi saya',
      'hubungi aku',
      'telpon saya',
      'telp saya',
      'chat saya',
      'jawab',
      'diajak ngobrol',
      'diajak bicara',
      'diajak chat',
    ],
    exists: ['ada', 'adakah', 'mana', 'mn'],
    senses: [
      'ukuran manusia',
      'seukuran manusia',
      'rambut manusia',
      'kulit manusia',
      'tangan manusia',
      'biaya admin',
      'admin fee',
      'orang dewasa',
    ],
    calls: {
      names: ['min', 'mimin'],
      with: ['dong', 'donk', 'please', 'plis', 'pls', 'tolong', 'tlg'],
    },
    pronouns: ['dia', 'beliau'],
    yous: ['kamu', 'kalian', 'anda'],
    owns: ['saya', 'sy', 'aku', 'ku', 'gw', 'gue', 'kami', 'kita'],
    opens: ['bisa', 'bs', 'tolong', 'tlg', 'mohon', 'please', 'pls'],
  },
  pt: {
    roles:
      'atendente atendentes humano humana pessoa alguem agente operador operadora gente funcionario funcionaria vendedor vendedora responsavel gerente supervisor supervisora dono dona proprietario proprietaria chefe equipe suporte atendimento sac'.split(
        ' ',
      ),
    verbs:
      'falar fala conversar chama chamar chame passa passe passar transfere transferir transfira coloca coloque encaminha encaminhe liga ligar reclamar atendido atendida contato contatar conecta conectar'.split(
        ' ',
      ),
    links:
      'com c pra para pro ao a o um uma me alguem algum alguma da do de seu sua verdade real em contato por loja q que'.split(
        ' ',
      ),
    wants: 'quero qro preciso gostaria'.split(' '),
    fillers:
      'por favor pfv pf pfvr porfa porfavor pls plis agora ai oi ola um uma o a de verdade real quero'.split(
        ' ',
      ),
    past: 'ontem ja falei passada fui'.split(' '),
    phrases: [
      'atendimento humano',
      'atendente humano',
      'pessoa real',
      'pessoa de verdade',
      'alguem de verdade',
      'tem alguem',
      'tem algum humano',
      'tem uma pessoa',
      'tem um humano',
      'tem um atendente',
    ],
    helps: [
      'me atender',
      'pode me atender',
      'me ajudar',
      'me atende',
      'me liga',
      'me ligar',
      'me ligue',
      'falar comigo',
      'fale comigo',
      'fala comigo',
      'me responder',
      'me responda',
      'me chama',
      'possa ajudar',
      'possa me ajudar',
    ],
    exists: ['tem', 'kd', 'cade', 'cad', 'existe'],
    senses: ['tamanho humano', 'cabelo humano', 'recursos humanos'],
    calls: { names: [], with: [] },
    pronouns: ['ele', 'ela'],
    yous: ['vc', 'voce', 'vcs', 'voces', 'senhor', 'senhora'],
    owns: ['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa'],
    opens: ['pode', 'poderia', 'pfv', 'pf', 'por'],
  },
  es: {
    roles:
      'agente humano persona alguien asesor asesora operador operadora representante ejecutivo ejecutiva gerente supervisor supervisora dueno duena propietario encargado encargada jefe responsable equipo soporte ventas atencion empleado empleada administrador administradora'.split(
        ' ',
      ),
    verbs:
      'hablar habla comunicar comunicame comunicas pasame pasamelo pasamela pasas transfiereme transferir transfieres transfiere ponme llama llame llamar derivame contactame contactar contactan contacten atienda atiende atiendeme atender conectame conectar conecta dame queja quejarme'.split(
        ' ',
      ),
    links: 'con a un una el la al algun alguna su tu me de del que q real verdad tienda'.split(' '),
    wants: 'quiero kiero necesito gustaria quisiera'.split(' '),
    fillers: 'por favor porfa porfavor porfis xfa x pls plis ya ahora un una el la hola real'.split(
      ' ',
    ),
    past: 'ayer hable pasada'.split(' '),
    phrases: [
      'atencion humana',
      'persona real',
      'persona de verdad',
      'alguien real',
      'hay alguien',
      'hay un humano',
      'hay una persona',
      'asistencia humana',
      'agente humano',
    ],
    helps: [
      'me ayude',
      'me atienda',
      'me atiende',
      'me llame',
      'me llama',
      'me conteste',
      'me responda',
      'me contacte',
      'hable conmigo',
      'pueda ayudar',
      'pueda ayudarme',
    ],
    exists: ['hay', 'donde', 'existe'],
    senses: ['tamano humano', 'cabello humano', 'pelo humano', 'recursos humanos'],
    calls: { names: [], with: [] },
    pronouns: ['el', 'ella'],
    yous: ['usted', 'ustedes', 'contigo', 'ti'],
    owns: ['mi', 'mis', 'nuestro', 'nuestra'],
    opens: ['puede', 'puedes', 'pueden', 'podria', 'podrias', 'porfa', 'xfa', 'por'],
  },
};
