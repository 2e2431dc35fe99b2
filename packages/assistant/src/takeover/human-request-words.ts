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

export const requestWords: Record<LanguageCode, RequestWords> = {
  en: {
    roles:
      'human humans humn huamn hooman person people agent agents someone somebody anyone nobody ppl representative rep operator staff manager managers manger supervisor owner boss team support service whoever admin cs employee sales salesperson salesman saleswoman salespeople consultant advisor adviser specialist colleague'.split(
        ' ',
      ),
    verbs:
      'talk speak speek chat connect transfer put get give call escalate contact hand pass forward reach hook complain complaint discuss deal negotiate word loop callback ticket'.split(
        ' ',
      ),
    links:
      'to 2 with w me us on over through back this it member a an the your ur some one of from real live actual store shop customer in charge up phone help assistance directly'.split(
        ' ',
      ),
    wants: 'want wanna need needs prefer rather demand request requesting'.split(' '),
    fillers:
      'please pls plz now asap a an the real live actual actually hi hello hey just i need want needed'.split(
        ' ',
      ),
    past: 'yesterday already earlier before told said last was were called asked spoke talked contacted phoned rang'.split(
      ' ',
    ),
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
      'look at this',
      'look at it',
      'look into this',
      'look into it',
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
      'sales price',
      'sales tax',
      'sales report',
      'sales receipt',
      'virtual assistant',
      'voice assistant',
      'delivery person',
      'number of people',
      'number of person',
      'number of staff',
      'number of employee',
    ],
    calls: { names: [], with: [] },
    pronouns: ['them', 'him', 'her'],
    yous: ['you', 'u'],
    owns: ['my', 'our', 'mine'],
    opens: ['can', 'could', 'would', 'please', 'pls', 'plz'],
    reach:
      'call ring phone telephone contact text message email whatsapp reach get back touch ping'.split(
        ' ',
      ),
    selves: ['me'],
    modals: 'can could would will may might should to kindly please in with give'.split(' '),
    numbers: 'number numbers phone whatsapp wa contact cell mobile'.split(' '),
    endings: [['s', '']],
    joins: { 'human being': 'human', 'human beings': 'humans' },
    handoffs: ['escalate', 'escalation'],
    teams: 'billing accounts accounting returns finance dept department desk'.split(' '),
    phones: 'call callback'.split(' '),
    permits: 'can could may'.split(' '),
    negations: 'no not dont don never without'.split(' '),
  },
  id: {
    // Chat forms and verb variants (base, -in/-kan/-i, me-/di-/nge- forms, shorthand);
    // named roles, spelled as customers type them.
    roles:
      'admin adminnya admn mimin cs csnya cso orang org manusia operator operatornya petugas petugasnya staf staff stafnya pegawai karyawan agen bagian manajer manajernya menejer manager managernya supervisor supervisornya spv atasan atasannya owner ownernya pemilik pemiliknya seseorang bos boss bosnya pimpinan pimpinannya pengelola penjaga customer layanan pelanggan sales penjual konsultan uwong wong'.split(
        ' ',
      ),
    verbs:
      'bicara berbicara bicarain ngomong omong ngomongin ngmg ngomg chat ngechat chatting ngobrol obrol hubungi hubungin menghubungi hubungkan dihubungi sambung sambungkan sambungin nyambung disambung disambungin panggil panggilin panggilkan manggil dipanggil cari cariin carikan minta mintain mau alihkan alihin dialihkan dialihin pindahkan pindahin oper operin dioper eskalasi telpon telepon nelpon tlp telp ganti connect konek konekin transfer talk call ketemu bertemu temui dilayani layani diladenin ladenin disambungkan dihubungkan komplain pengen pengin pingin pgn ingin butuh perlu kontak kontakin nyarios ngadu mengadu lapor komplen vc vcall vidcall videocall tiket'.split(
        ' ',
      ),
    links:
      'dengan sama sma ama ma ke dgn sm kepada kpd yang yg langsung lgsg lsg langsun saya aku sy aq gue gw tolong tlg nomor no nomer wa service dong donk aja aj pihak salah satu seorang sang kakak kak bisa bs diajak toko karo sareng nu sing iso isa bapak ibu dapat oleh tim lewat telpon bantuan'.split(
        ' ',
      ),
    wants:
      'mau mo pengen pengin pingin pgn minta tolong tlg tulung ingin butuh perlu hoyong bade njaluk mending'.split(
        ' ',
      ),
    fillers:
      'nya kak kk ka min gan sis bang mas mbak kang teh lur woy woi dong donk deh aja aj ae wae sih ya yah yo please plis pls tolong tlg mana mn nih yg asli segera skrg sekarang e punten'.split(
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
      'dudu bot',
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
    exists: ['ada', 'adakah', 'mana', 'mn', 'dimana', 'kemana', 'kmn', 'aya', 'ono'],
    senses: [
      'ukuran manusia',
      'seukuran manusia',
      'rambut manusia',
      'kulit manusia',
      'tangan manusia',
      'biaya admin',
      'admin fee',
      'orang dewasa',
      'orang tua',
    ],
    calls: {
      names: ['min', 'mimin'],
      with: ['dong', 'donk', 'please', 'plis', 'pls', 'tolong', 'tlg'],
    },
    pronouns: ['dia', 'beliau'],
    yous: ['kamu', 'kalian', 'anda'],
    owns: ['saya', 'sy', 'aku', 'ku', 'gw', 'gue', 'kami', 'kita'],
    opens: ['bisa', 'bs', 'tolong', 'tlg', 'mohon', 'please', 'pls'],
    reach:
      'telpon telepon menelepon nelpon nelepon ditelpon ditelepon tlp telp hubungi menghubungi dihubungi hubungin kontak dikontak wa chat japri'.split(
        ' ',
      ),
    selves: [],
    modals: 'bisa bs dapat akan iso isa tak saya aku sy aq agar supaya biar'.split(' '),
    numbers: 'nomor nomer no hp wa kontak telp whatsapp'.split(' '),
    endings: [
      ['nya', ''],
      ['ke', 'kan'],
    ],
    joins: {
      'ada yang': 'ada seseorang',
      'ada yg': 'ada seseorang',
      'yang punya': 'pemilik',
      'yg punya': 'pemilik',
      'yang jaga': 'penjaga',
      'yg jaga': 'penjaga',
      'pihak toko': 'pengelola',
    },
    handoffs: ['eskalasi', 'eskalasikan', 'escalate'],
    teams: 'keuangan finance marketing gudang retur'.split(' '),
    phones: 'telpon telepon nelpon nelepon tlp tlpn telp vc vcall vidcall videocall hubungi'.split(
      ' ',
    ),
    permits: 'bisa bs boleh'.split(' '),
    negations: 'tidak tdk gak ga nggak ngga enggak gk g jangan jgn usah bukan'.split(' '),
  },
  pt: {
    roles:
      'atendente atendentes humano humana pessoa pessoal alguem ninguem agente operador operadora gente funcionario funcionaria vendedor vendedora responsavel gerente supervisor supervisora dono dona proprietario proprietaria chefe equipe suporte atendimento sac vendas colaborador colaboradora assistente consultor consultora especialista representante comercial colega'.split(
        ' ',
      ),
    verbs:
      'falar fala conversar chama chamar chame passa passe passar transfere transferir transfira coloca coloque encaminha encaminhe liga ligar reclamar reclamacao queixa atendido atendida contato contatar conecta conectar negociar resolver tratar escala escalar escalona ligacao chamado'.split(
        ' ',
      ),
    links:
      'com c pra para pro ao a o um uma me alguem algum alguma da do de seu sua verdade real em contato por loja q que isso isto ser setor area departamento pelo pela telefone no na ajuda direto diretamente'.split(
        ' ',
      ),
    wants: 'quero qro queria preciso precisando gostaria prefiro'.split(' '),
    fillers:
      'por favor pfv pf pfvr porfa porfavor pls plis agora ai oi ola um uma o a de verdade real quero'.split(
        ' ',
      ),
    past: 'ontem ja falei passada fui ligou ligaram atendeu respondeu chamou falou'.split(' '),
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
      'carne e osso',
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
    senses: [
      'tamanho humano',
      'cabelo humano',
      'recursos humanos',
      'assistente virtual',
      'assistente de voz',
      'numero de pessoa',
    ],
    calls: { names: [], with: [] },
    pronouns: ['ele', 'ela'],
    yous: ['vc', 'voce', 'vcs', 'voces', 'senhor', 'senhora'],
    owns: ['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa'],
    opens: ['pode', 'poderia', 'pfv', 'pf', 'por'],
    reach:
      'ligar liga ligue ligasse telefonar telefone telefonasse chamar chama chame contatar contate contactar contacte responder responda atender atenda escrever escreva entrar entre entrasse contato falar fale'.split(
        ' ',
      ),
    selves: ['me', 'comigo', 'mim'],
    modals: 'pode poderia possa possam podia que se q por favor em'.split(' '),
    numbers: 'numero telefone whatsapp whats zap celular contato'.split(' '),
    endings: [
      ['es', ''],
      ['s', ''],
    ],
    joins: {},
    handoffs: ['transbordo', 'escala', 'escalar', 'escalona'],
    teams: 'financeiro cobranca trocas devolucoes departamento setor'.split(' '),
    phones: 'ligar liga ligue ligacao telefonar telefona'.split(' '),
    permits: 'posso podemos pode da'.split(' '),
    negations: 'nao nem nunca sem'.split(' '),
  },
  es: {
    roles:
      'agente humano persona alguien nadie asesor asesora operador operadora representante ejecutivo ejecutiva gerente supervisor supervisora dueno duena propietario encargado encargada jefe responsable equipo soporte ventas atencion empleado empleada administrador administradora vendedor vendedora miembro consultor consultora especialista companero companera colega'.split(
        ' ',
      ),
    verbs:
      'hablar habla comunicar comunicame comunicas pasame pasamelo pasamela pasas transfiereme transferir transfieres transfiere ponme llama llame llamar derivame derivas deriva transferis contactame contactar contactan contacten atienda atiende atiendeme atender conectame conectar conecta dame queja quejarme reclamo comunique comuniquen comuniqueme pase pasen transfiera conecte negociar tratar resolver escala escalar llamada chatear'.split(
        ' ',
      ),
    links:
      'con a un una el la al algun alguna su tu me de del que q real verdad tienda personal empresa ante esto eso area departamento por telefono ayuda directo directamente'.split(
        ' ',
      ),
    wants: 'quiero kiero necesito gustaria quisiera prefiero preferiria'.split(' '),
    fillers:
      'por favor porfa porfavor porfis fa xfa x pls plis ya ahora un una el la hola real personalizada esta'.split(
        ' ',
      ),
    past: 'ayer hable pasada llamaron atendio contesto respondio escribio'.split(' '),
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
      'carne y hueso',
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
    senses: [
      'tamano humano',
      'cabello humano',
      'pelo humano',
      'recursos humanos',
      'llama la atencion',
      'llamo la atencion',
      'llamar la atencion',
      'agente limpiador',
      'operador logistico',
      'numero de persona',
    ],
    calls: { names: [], with: [] },
    pronouns: ['el', 'ella'],
    yous: ['usted', 'ustedes', 'contigo', 'ti'],
    owns: ['mi', 'mis', 'nuestro', 'nuestra'],
    opens: ['puede', 'puedes', 'pueden', 'podria', 'podrias', 'porfa', 'xfa', 'por'],
    reach:
      'llamar llamarme llame llamara llamase llama contactar contactarme contacte contactara comunique comunica comunicarse escriba escribir escribirme conteste responda atienda atender atenderme ponga contacto hable'.split(
        ' ',
      ),
    selves: ['me', 'conmigo'],
    modals: 'puede pueda podria pudiera podes que se en por favor'.split(' '),
    numbers: 'numero telefono whatsapp wasap wsp celular contacto'.split(' '),
    endings: [
      ['es', ''],
      ['s', ''],
    ],
    joins: {},
    handoffs: ['escala', 'escalar', 'derivar'],
    teams: 'facturacion cobranza devoluciones cambios departamento'.split(' '),
    phones:
      'llamar llama llame llamen llamada llamarlos llamarles llamarte llamarme llamame llamenme'.split(
        ' ',
      ),
    permits: 'puedo podemos puede pueden'.split(' '),
    negations: 'no ni nunca sin'.split(' '),
  },
};

/**
 * Portuguese read with the Spanish roles, verbs, links and wants added, and Spanish with
 * the Portuguese ones: Brazilians write Spanish and Spanish speakers Portuguese with the
 * other's words ("quiero falar con una persona", "preciso hablar com um atendente").
 * Negations, the past and the other lists stay each language's own ("no" is "in the" in
 * Portuguese).
 */
function withNeighbour(own: RequestWords, other: RequestWords): RequestWords {
  const both = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    ...own,
    roles: both(own.roles, other.roles),
    verbs: both(own.verbs, other.verbs),
    links: both(own.links, other.links),
    wants: both(own.wants, other.wants),
  };
}

/**
 * A second reading for messages no language's own words match: Portuguese and Spanish
 * each with the other's roles, verbs, links and wants.
 */
export const neighbourWords: Partial<Record<LanguageCode, RequestWords>> = {
  pt: withNeighbour(requestWords.pt, requestWords.es),
  es: withNeighbour(requestWords.es, requestWords.pt),
};
