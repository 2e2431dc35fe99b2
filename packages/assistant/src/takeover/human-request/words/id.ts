import type { RequestWords } from './request-words.js';

/** Indonesian: the words of asking for a person (see `RequestWords`). */
export const id: RequestWords = {
  // Trades of a shop (koordinator, teknisi) are its people (ADR 0550).
  // Chat forms and verb variants (base, -in/-kan/-i, me-/di-/nge- forms, shorthand);
  // named roles, spelled as customers type them.
  roles:
    'admin adminnya admn mimin cs csnya cso orang org manusia operator operatornya petugas petugasnya staf staff stafnya pegawai karyawan agen bagian manajer manajernya menejer manager managernya supervisor supervisornya spv atasan atasannya owner ownernya pemilik pemiliknya seseorang bos boss bosnya pimpinan pimpinannya pengelola penjaga customer layanan pelanggan sales penjual konsultan uwong wong seller sellernya penjualnya tiyang jelema apoteker koordinator teknisi marketing florist tim perwakilan'.split(
      ' ',
    ),
  verbs:
    'bicara berbicara bicarain ngomong omong ngomongin ngmg ngomg chat ngechat chatting ngobrol obrol hubungi hubungin menghubungi hubungkan dihubungi sambung sambungkan sambungin nyambung disambung disambungin panggil panggilin panggilkan manggil dipanggil cari cariin carikan minta mintain mau alihkan alihin dialihkan dialihin pindahkan pindahin oper operin dioper eskalasi telpon telepon nelpon tlp telp ganti connect konek konekin transfer talk call ketemu bertemu temui dilayani dibantu dibantuin dilayanin layani diladenin ditelpon ditelepon ditelfon dikontak ladenin disambungkan dihubungkan komplain pengen pengin pingin pgn ingin butuh perlu kontak kontakin nyarios ngadu mengadu lapor komplen vc vcall vidcall videocall tiket'.split(
      ' ',
    ),
  links:
    'dengan sama sma ama ma ke dgn sm kepada kpd yang yg langsung lgsg lsg langsun saya aku sy aq gue gw tolong tlg nomor no nomer wa service dong donk aja aj pihak salah satu seorang sang kakak kak bisa bs diajak toko karo sareng nu sing iso isa bapak ibu pak bu dapat oleh tim lewat telpon bantuan balik kalih kaliyan kaleh jeung'.split(
      ' ',
    ),
  wants:
    'mau mo pengen pengin pingin pgn minta tolong tlg tulung ingin butuh perlu hoyong bade njaluk nyuwun mending'.split(
      ' ',
    ),
  fillers:
    'nya kak kk ka min gan sis bang mas mbak kang teh lur woy woi dong donk deh aja aj ae wae sih ya yah yo please plis pls tolong tlg mana mn nih yg asli segera skrg sekarang e punten nggih njih nggeh injih mangga monggo atuh euy mah nuhun'.split(
      ' ',
    ),
  // "bilang", "katanya": reported speech, as English "said" (ADR 0550).
  past: 'kemarin kmrn kemaren tadi td udah udh sudah sdh pernah barusan bilang katanya'.split(' '),
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
    // Sundanese "not a robot".
    'lain bot',
    'lain robot',
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
    // A role asked to check the customer's problem: "mohon ada admin yang cek resinya" (ADR 0610).
    'yang cek',
    'yg cek',
    'yang ngecek',
    'bisa cek',
    'bisa ngecek',
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
  // "kotaknya penyok" is the box, not "kontak".
  realWords: ['kotak', 'kotaknya'],
  senses: [
    // A representative office is a place, not a person (ADR 0620).
    'kantor perwakilan',
    'ukuran manusia',
    'seukuran manusia',
    'rambut manusia',
    'kulit manusia',
    'tangan manusia',
    'biaya admin',
    'admin fee',
    'orang dewasa',
    'orang tua',
    'manual owner',
    'orang yang terima',
    'orang yg terima',
    'orang yang menerima',
    'orang yg menerima',
    'orang yang akan menerima',
    'orang yg nerima',
    'manual ownernya',
    'manual pemilik',
    'buku pemilik',
  ],
  calls: {
    names: ['min', 'mimin'],
    with: ['dong', 'donk', 'please', 'plis', 'pls', 'tolong', 'tlg'],
  },
  pronouns: ['dia', 'beliau'],
  yous: ['kamu', 'kalian', 'anda'],
  owns: ['saya', 'sy', 'aku', 'ku', 'gw', 'gue', 'kami', 'kita'],
  opens: ['bisa', 'bs', 'tolong', 'tlg', 'tulung', 'nyuwun', 'mohon', 'please', 'pls'],
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
    'yang jual': 'penjual',
    'yg jual': 'penjual',
    'pihak toko': 'pengelola',
    // The person in charge, in two words: "siapa penanggung jawabnya? saya mau bicara sama
    // beliau" (ADR 0610).
    'penanggung jawab': 'pengelola',
    'penanggung jawabnya': 'pengelola',
    // Whoever handles something is the person in charge: "yang ngurus pesanan".
    'yang ngurus': 'pengelola',
    'yg ngurus': 'pengelola',
    'video call': 'videocall',
    // Someone to be talked with: "ada mbak yang bisa saya ajak bicara" (ADR 0620).
    'ajak bicara': 'bicara',
    'ajak ngobrol': 'ngobrol',
    'ajak ngomong': 'ngomong',
    // A product shown in a demo is no one: "demo produk via zoom sama timnya" (ADR 0620).
    'demo produk': 'demo',
    'via zoom': 'lewat',
    'lewat zoom': 'lewat',
  },
  handoffs: ['eskalasi', 'eskalasikan', 'escalate'],
  teams: 'keuangan finance marketing gudang retur cabang'.split(' '),
  phones: 'telpon telepon nelpon nelepon tlp tlpn telp vc vcall vidcall videocall hubungi'.split(
    ' ',
  ),
  permits: 'bisa bs boleh'.split(' '),
  negations: 'tidak tdk gak ga nggak ngga enggak gk g jangan jgn usah bukan'.split(' '),
};
