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
}

export const requestWords: Record<LanguageCode, RequestWords> = {
  en: {
    roles:
      'human humans humn huamn hooman person people agent agents someone somebody anyone representative rep operator staff manager managers manger supervisor owner boss team support service whoever'.split(
        ' ',
      ),
    verbs:
      'talk speak speek chat connect transfer put get give call escalate contact hand pass forward reach'.split(
        ' ',
      ),
    links:
      'to with me us over through back this a an the your ur some one of from real live actual store shop customer in charge'.split(
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
    helps: ['take over', 'help me', 'assist me', 'call me', 'call me back'],
  },
  id: {
    // Chat forms and verb variants (base, -in/-kan/-i, me-/di-/nge- forms, shorthand);
    // named roles, spelled as customers type them.
    roles:
      'admin adminnya admn mimin cs csnya cso orang org manusia operator operatornya petugas petugasnya staf staff stafnya pegawai karyawan agen bagian manajer manajernya menejer manager managernya supervisor supervisornya spv atasan atasannya owner ownernya pemilik pemiliknya bos boss bosnya pimpinan pimpinannya pengelola customer layanan pelanggan'.split(
        ' ',
      ),
    verbs:
      'bicara berbicara bicarain ngomong omong ngomongin ngmg ngomg chat ngechat chatting ngobrol obrol hubungi hubungin menghubungi hubungkan dihubungi sambung sambungkan sambungin nyambung disambung disambungin panggil panggilin panggilkan manggil dipanggil cari cariin carikan minta mintain mau alihkan alihin dialihkan dialihin pindahkan pindahin oper operin dioper eskalasi telpon telepon nelpon tlp telp ketemu bertemu temui dilayani layani diladenin ladenin disambungkan dihubungkan komplain pengen pengin pingin pgn ingin butuh perlu kontak kontakin'.split(
        ' ',
      ),
    links:
      'dengan sama sma ama ma ke dgn sm kepada kpd yang yg langsung lgsg lsg langsun saya aku sy aq gue gw tolong tlg nomor no nomer wa service dong donk aja aj pihak salah satu seorang sang kakak kak'.split(
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
    ],
  },
  pt: {
    roles:
      'atendente atendentes humano humana pessoa alguem agente operador operadora gente funcionario funcionaria vendedor vendedora responsavel gerente supervisor supervisora dono dona proprietario proprietaria chefe equipe suporte atendimento sac'.split(
        ' ',
      ),
    verbs:
      'falar fala conversar chama chamar chame passa passe passar transfere transferir transfira coloca coloque encaminha encaminhe liga ligar reclamar'.split(
        ' ',
      ),
    links:
      'com c pra para pro ao a o um uma me alguem algum alguma da do de seu sua verdade real'.split(
        ' ',
      ),
    wants: 'quero qro preciso gostaria'.split(' '),
    fillers: 'por favor pfv pf porfavor agora ai oi ola um uma o a de verdade real quero'.split(
      ' ',
    ),
    past: 'ontem ja falei passada'.split(' '),
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
    helps: ['me atender', 'pode me atender', 'me ajudar', 'me atende'],
  },
  es: {
    roles:
      'agente humano persona alguien asesor asesora operador operadora representante ejecutivo ejecutiva gerente supervisor supervisora dueno duena propietario encargado encargada jefe responsable equipo soporte ventas atencion'.split(
        ' ',
      ),
    verbs:
      'hablar habla comunicar comunicame comunicas pasame pasas transfiereme ponme llama llame llamar derivame contactame atienda atiende atiendeme atender'.split(
        ' ',
      ),
    links: 'con a un una el la al algun alguna su tu me de del que real verdad'.split(' '),
    wants: 'quiero kiero necesito'.split(' '),
    fillers: 'por favor porfa porfavor xfa ya ahora un una el la hola real'.split(' '),
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
    helps: ['me ayude', 'me atienda', 'me atiende'],
  },
};
