/**
 * Chat paraphrases of shop notions in id/pt/es/en (ADR 0480), in the pattern language
 * of `phrase-patterns.ts` (folded words, chat shorthand spelled out: "nyampe" →
 * "sampai", "ga" → "tidak", "bsk" → "besok"). Each class is written from general usage
 * in the four languages, not from one shop's questions: an answerable question that
 * says its notion in other words ("bsk udh sampe?", "ga bisa ngecas", "q hacen con mi
 * numero") names it, and the words the phrase holds no longer count as unknown.
 */
export const paraphrasePatterns: Record<string, readonly string[]> = {
  // When it arrives, said with the arrival verb first and a place or filler between
  // ("nyampe surabaya kira2 brp hari", "chega em quantos dias", "llega en cuántos
  // días"), or with the day it should arrive ("besok udah sampai?", "chega amanhã?",
  // "llega mañana?", "will it arrive by friday", "how long to reach me").
  eta: [
    'sampai|tiba|datang|diterima ?_ ?_ ?_ berapa lama|hari',
    'besok|lusa ?@idYet ?bisa sampai|tiba|datang|diterima',
    'sampai|tiba|datang|diterima ?_ besok|lusa',
    'chega|chegam|chegaria|chegariam|entrega|entregam|recebo ?_ ?_ em|ate quantos|quanto dias|tempo',
    'chega|chegam|chegaria|entrega|entregam|recebo ?_ ?_ amanha|segunda|terca|quarta|quinta|sexta|sabado',
    'amanha|segunda|terca|quarta|quinta|sexta|sabado ?ja chega|chegam|recebo',
    'llega|llegan|llegaria|entregan|recibo ?_ ?_ en cuantos|cuanto dias|tiempo',
    'llega|llegan|llegaria|entregan|recibo ?_ ?_ manana|lunes|martes|miercoles|jueves|viernes|sabado',
    'manana ?ya llega|llegan|recibo',
    'arrive|arrives|arriving|reach|reaches|here|there ?_ ?by|on tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|time',
    'how long|soon ?_ ?_ ?_ ?_ reach|reaches',
    'how many days ?_ ?_ ?_ ?_ reach|reaches|come|comes|get',
  ],
  // An item that does not work: "won't charge", "stopped working", "ga bisa ngecas",
  // "ga nyala", "não carrega", "parou de funcionar", "no enciende", "dejó de funcionar".
  damaged: [
    'doesn|don|didn|won|isn|can|wasn|aren t ?_ work|working|charge|charging|turn|power|boot|connect|pair',
    'not|stopped|never|cannot|cant|wont|doesnt|dont|didnt|isnt ?_ work|works|working|charge|charging|turn|power|boot|connect|connecting|pair|pairing',
    'tidak|belum|berhenti ?bisa ?mau ?_ nyala|menyala|berfungsi|ngecas|ngecharge|ngecash|dicas|dicharge|cas|charge|konek|connect|terhubung|bunyi',
    'mati total|mendadak|sendiri',
    'nao|parou|parado ?de ?_ funciona|funcionam|funcionou|funcionar|carrega|carregam|carregou|liga|ligou|acende|conecta|conectou',
    'no|dejo ?de ?_ funciona|funcionan|funciono|funcionar|carga|cargan|prende|prenden|enciende|encienden|conecta|sirve|sirven',
  ],
  // What the shop does with the customer's number or data, and selling it: "what do you
  // do with my number", "vcs vendem meu número", "q hacen con mi número", "nomor aku
  // dijual?", "do you sell my info", to whom.
  privacy: [
    'do|doing|fazem|faz|fazer|hacen|hace|hacer ?_ with|com|con ?@my ?phone|celular|telefone|telefono|personal|pessoais|personales number|numero|numeros|email|info|information|informacoes|informacion',
    'sell|selling|sold|vender|vendem|vende|venden|vendieron|jual|menjual|dijual ?@my|your|seu|sua|seus|suas|tu|tus ?phone|celular|personal ?_ number|numero|numeros|nomor|email|info|information|informacoes|informacion|contact|contato|contacto',
    'nomor|email ?handphone|whatsapp|telepon ?@idMy ?_ dijual|disebar|dibagikan|dipakai|digunakan|aman',
    // Who else gets it: "third parties", "pihak lain", "terceiros", "otras empresas".
    'pihak lain|ketiga',
    'third party|parties',
    'terceiros|terceiras|terceros|terceras',
    'outras|otras|other empresas|companies',
  ],
  // Stopping marketing messages: "stop sending me promos", "unsubscribe", "berhenti
  // menerima promo", "ga mau dikirimin promo", "não receber promoções", "dejar de
  // recibir publicidad", "darme de baja". A notion of its own, in documents and queries.
  optout: [
    'stop ?sending|receiving|getting ?me ?_ promo|promos|promotional|promotions|marketing|spam|ads|newsletter|newsletters',
    'no more promo|promos|promotions|promotional|spam|ads|marketing',
    'don|dont ?t send|text|email me ?_ promo|promos|promotions|promotional|spam|ads|marketing',
    'unsubscribe|optout',
    'opt out',
    'berhenti|stop ?menerima|terima|dikirim|dikirimi|dikirimin|kirim|kirimi|kirimin ?_ promo|promosi|iklan|spam|broadcast',
    'tidak|jangan ?mau ?usah dikirim|dikirimi|dikirimin|kirim|kirimi|kirimin ?_ ?lagi promo|promosi|iklan|spam|broadcast',
    'nao|parar|deixar|deixo|deixe ?de ?mais receber|mandar|enviar|mandem|enviem ?mais ?_ promocoes|promocao|promos|mensagens|spam|propaganda|propagandas|publicidade|marketing',
    'descadastrar|descadastro|descadastre',
    'no|dejar|dejo|deje|dejen ?de ?mas recibir|mandar|enviar|manden|envien ?mas ?_ promociones|promocion|promos|mensajes|spam|publicidad|marketing',
    'darme|dar|darse de baja',
    'desuscribir|desuscribirme|desuscribirse',
  ],
  // Not opened, not used, the state a return asks for: "haven't even opened it", "nem
  // abri", "sem uso", "no lo abrí", "sin usar", "belum dibuka", "masih segel".
  unused: [
    'not|never|haven|hasn|didn ?t ?been ?even ?_ opened|used|worn|touched|unboxed',
    'without opening|using',
    'still in ?the|its|their original|box|packaging|wrapper|plastic',
    'sin|sem abrir|usar|uso|estrenar',
    'no|ni|nao|nem|nunca ?lo|la|los|las|o|a|os|as ?_ abri|abrimos|aberto|aberta|abierto|abierta|usei|use|usado|usada|mexi|estrene',
    'belum ?pernah ?di dibuka|buka|dipakai|dipake|pakai|digunakan|dicoba|unboxing',
    'tidak dibuka|dipakai|dipake',
    'masih segel|tersegel|utuh',
  ],
  // Having it sent somewhere else: "send it to my office instead", "another address",
  // "alamat lain", "outro endereço", "mandar pro trabalho em vez de casa", "otra
  // dirección" (`phraseReplaces` as for the other `~readdress` phrases).
  readdress: [
    'send|deliver|ship|bring|drop ?_ ?_ ?_ ?_ ?_ instead',
    'another|different|other|new address|location|destination',
    'redirect|reroute',
    'alamat|tujuan lain|baru|beda|berbeda',
    'ganti|ubah|mengubah|mengganti tujuan',
    'outro|outra|novo endereco|cep|destino',
    'mandar|enviar|entregar|manda|envia|entrega|mandem|enviem|entreguem ?_ ?_ ?_ ?_ em|ao|no vez|inves|lugar',
    'otra|otro|nueva|nuevo direccion|domicilio|destino',
    'enviar|mandar|entregar|envia|manda|entrega|envien|manden|entreguen ?_ ?_ ?_ ?_ en vez|lugar',
  ],
  // Buying many at once: "si compro 40 cargadores", "beli banyak", "comprar em
  // quantidade", "if i buy 20 cases" (a count of ten or more).
  wholesale: [
    'buy|buying|order|ordering|purchase|compro|compramos|comprar|comprando|compre|pido|pedimos|pedir|encomendar|encomendo|beli|membeli|belanja|pesan|ambil ?in|em|en|dalam #|many|lots|muitos|muitas|muchos|muchas|banyak|quantidade|cantidad|jumlah|volume',
  ],
  // Whether it works with the customer's phone: "bisa buat ip 14", "cocok untuk hp
  // saya", "serve no meu celular", "funciona con mi iphone", "will it work with my
  // phone" (a device word required: "bisa buat akun" makes an account).
  compat: [
    'bisa|cocok|muat|support ?dipakai|dipake ?buat|untuk|di|ke ?@idMy ?_ @device',
    'serve|servem|funciona|funcionam ?_ no|na|nos|com|pro|pra|para|em ?o|a|meu|minha|meus ?_ @device',
    'sirve|sirven|funciona|funcionan ?_ para|con|en ?mi|mis|el|la|un ?_ @device',
    'work|works|compatible ?_ with|on|for ?my|a|an|the ?_ @device',
  ],
  // Coming to the shop in person: "mau datang langsung", "mampir ke toko", "ir
  // pessoalmente", "passar aí", "ir en persona", "come by", "drop in", "visit in
  // person". The coming word is no arrival of an order here (see `phraseReplaces`).
  store: [
    'mau|bisa|boleh|pengen|ingin|rencana mampir|berkunjung|datang|main ?ke langsung|toko|tokonya|sana|situ|offline',
    'mampir|berkunjung ?ke toko|tokonya|sana|situ',
    'ir|passar|vou|vamos|posso ?_ ?a ?loja ?ai|la pessoalmente|presencialmente',
    'ir|pasar|paso|voy|vamos ?_ ?a|por ?la|el ?tienda|local en persona|personalmente',
    'come|drop|stop|swing|pop by',
    'drop|pop in',
    'visit|come|go ?_ ?_ in person',
  ],
  // Delivery the same day: "chega hj?", "¿llega hoy?", "bisa dikirim hari ini juga?",
  // "can it arrive today", "entrega no mesmo dia" (an arrival or delivery word required:
  // "what time do you close today" asks the hours).
  sameday: [
    'same|sameday day',
    'mesmo|mismo dia',
    'hari ini juga',
    'arrive|arrives|deliver|delivered|delivery|ship|shipped|get|chega|chegam|chegar|entrega|entregam|entregar|llega|llegan|llegar|entregan|sampai|tiba|dikirim|kirim|diantar|antar ?_ ?_ today|hoje|hoy|tonight',
    'sampai|tiba|dikirim|kirim|diantar|antar|dianter|anter ?_ ?_ hari ini',
  ],
  // Choosing when an order comes: "can I choose the delivery time", "horário de entrega",
  // "programar la entrega para el sábado", "bisa dijadwalin pengirimannya", "delivery slot".
  slot: [
    'delivery|deliveries|shipping|entrega|entregas|envio|pengiriman|kirim|antar|despacho time|times|slot|slots|window|schedule|hora|horario|horarios|jam|jadwal|janela|janelas|turno',
    'time|slot|window|hora|horario|jam|jadwal|janela|turno ?de|para|pengiriman|kirim ~ship',
    'choose|pick|select|set|schedule|escolher|escolho|agendar|agendo|programar|programo|elegir|elijo|pilih|atur|jadwalin|dijadwalin|dijadwalkan ?_ ?_ ?_ ~ship',
    'choose|pick|select|set|escolher|escolho|elegir|elijo|pilih|atur ?_ ?the|a|o|el|la ?_ time|hora|horario|jam|day|dia|hari|slot',
    // Delivery on a later day, chosen now: "delivered next week", "entregar só no sábado",
    // "el mes que viene", "dikirim tanggal 14", "sabtu depan", "a future date".
    'next|following week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    'future|later|specific|particular date|day',
    'minggu|bulan|senin|selasa|rabu|kamis|jumat|sabtu depan',
    'tanggal tertentu',
    'hari ke depan',
    'semana|mes que vem',
    'proxima|proximo semana|mes|segunda|terca|quarta|quinta|sexta|sabado|domingo|lunes|martes|miercoles|jueves|viernes',
    'semana|mes que viene',
    'data|fecha futura|especifica|marcada',
    'marcar|agendar|programar ?_ ?para|pra|pro ?_ entregar|entrega|enviar|envio',
    'dikirim|kirim|diantar|antar ?_ ?_ tanggal',
  ],
  // Where to put a code: "onde coloco o cupom", "¿dónde pongo el código?", "masukin kode
  // vouchernya di mana", "where do I enter the promo code".
  use: [
    'coloco|colocar|pongo|poner|insiro|inserir|ingreso|ingresar|masukin|masukkan|input|enter|put|type|apply ?_ ?_ ~coupon',
  ],
  // Round 23 (ADR 0650): classes any shop's customers use, found on the florist's dev
  // misses and written in the four languages.
  //
  // Interest on instalments: "cicilan 0% tanpa bunga", "bebas bunga", "bunga cicilan"
  // (Indonesian "bunga" alone is a flower; see `concepts.ts`).
  interest: [
    'tanpa|bebas|kena|dikenakan|free bunga',
    'bunga 0|nol|persen|cicilan|kredit|pinjaman',
    'cicilan|kredit|dicicil|pinjaman ?_ ?_ ?_ bunga',
  ],
  // Where the shop is, a "where" question words alone lose ("kak tokonya dmn?", "onde
  // fica a loja?", "¿dónde queda la tienda?", "where are your shops"), and the shop's
  // address ("alamat toko", "endereço da loja"), apart from the delivery address.
  location: [
    'where|onde|donde|dimana|mana ?_ ?_ ?_ store|stores|shop|shops|loja|lojas|tienda|tiendas|toko|tokonya|outlet|showroom|located|location|locations',
    'store|stores|shop|shops|loja|lojas|tienda|tiendas|toko|tokonya|outlet|showroom ?_ ?_ ?_ where|onde|donde|dimana|mana',
    'alamat|lokasi ?_ ?_ ?_ toko|tokonya|kalian|outlet|showroom',
    // Its prepositions named first, as the `~store` phrase names them (the longer of
    // two overlapping phrases wins, and a notion's first match at a place).
    'endereco|localizacao de|da|do|das|dos loja|lojas|voces',
    'endereco|localizacao ?_ ?_ ?_ loja|lojas|voces',
    'direccion|ubicacion de|del ?la|el|los|las tienda|tiendas|local|ustedes',
    'direccion|ubicacion ?_ ?_ ?_ tienda|tiendas|local|ustedes',
    'store|shop address|addresses|location|locations',
    'where are|r you|u ?guys located|based',
    'onde voces ficam|estao|fica',
    'donde estan|quedan ?ustedes ?ubicados|ubicadas',
  ],
  // Sending without the sender's name: "without my name", "namaku jangan dicantumin",
  // "sem meu nome", "sin que sepa quién lo envía".
  anonymous: [
    'without|no ?my|a|the|your|any ?_ name|sender',
    'tanpa ?_ nama|namaku|pengirim',
    'nama|namaku|namanya ?@idMy ?_ tidak|jangan ?usah|perlu ?di dicantumkan|dicantumin|ditulis|ditulisin|disebut|disebutin|dikasih|tahu',
    'sem|sin ?o|a|el|la|meu|minha|mi|tu|seu|su ?_ nome|nombre|remetente|remitente',
    'sem|sin que ?ele|ela|el|ella|la|a|o|lo|le ?_ saiba|sepa|descubra|descubran quem|quien',
    'not|dont|don|never ?t ?want ?them|her|him ?to know ?who|its|it|it s|that ?s ?from',
  ],
  // A message card with a gift: "write a note", "kartu ucapan", "cartão com mensagem",
  // "tarjeta con dedicatoria". Its card word is no payment card (`phraseReplaces`).
  note: [
    // Not "send a message", "mandar mensagem": that is writing to the shop.
    'write|add|include|put|attach ?_ ?_ ?_ note|notes|message|card|greeting',
    'message|greeting|gift|note card|cards|note',
    'kartu ucapan|pesan|nama',
    'tulis|nulis|tulisin|tambah|kasih|sertakan ?_ ?_ ucapan|kartu',
    'cartao|cartaozinho|bilhete ?_ ?com|de mensagem|dedicatoria|recado',
    'escrever|incluir|colocar ?_ ?_ ?_ mensagem|bilhete|recado|dedicatoria|cartao|cartaozinho',
    'tarjeta|tarjetita ?con|de mensaje|dedicatoria|saludo',
    'escribir|incluir|poner|agregar ?_ ?_ ?_ mensaje|dedicatoria|tarjeta|tarjetita|nota',
  ],
  // How long goods last is their freshness or shelf life: "how long do they last",
  // "tahan berapa hari", "duram quantos dias", "¿duran cuántos días?" (the count first,
  // "quanto tempo dura a carne na geladeira", cost an out-of-scope question: ADR 0650).
  fresh: [
    'how long ?_ ?_ ?_ ?_ last|lasts|stay|stays|keep|keeps',
    'berapa lama|hari ?_ ?_ tahan|awet|bertahan|segar',
    'tahan|awet|bertahan|segar ?_ ?_ berapa lama|hari',
    'dura|duram|aguenta|aguentam ?_ ?_ quanto|quantos tempo|dias',
    'dura|duran|aguanta|aguantan ?_ ?_ cuanto|cuantos tiempo|dias',
  ],
  // Making goods last longer is their care: "make it last longer", "biar awet",
  // "durarem mais", "que duren más".
  care: [
    'last|lasts|stay|keep ?_ ?_ longer',
    'durar|durarem|durem|dure|duren|duran|aguentar ?_ mais|mas',
    'awet|tahan|segar ?_ lebih lama',
    'biar|supaya|agar ?_ ?_ awet|tahan|segar',
    'stop|keep ?_ ?_ ?_ from dying|wilting',
  ],
  // A grand opening (see `~inauguration` in `concepts.ts`).
  inauguration: ['grand|soft opening|launching', 'buka|pembukaan toko|cabang|kantor|usaha'],
  // A Spanish bride's bouquet ("ramo de novia"): "novia" alone may be a girlfriend.
  wedding: ['ramo|ramos|ramito|buque|buques|bouquet de ?la novia|novias'],
  // Asking for work in other words: "buscan personal?", "vcs estão procurando
  // funcionários?", "lagi butuh karyawan ga?", "are you looking for staff" (a job,
  // off topic unless the base names one; see `off-topic.ts`).
  job: [
    'buscan|busca|buscando|necesitan|necesita|precisam|precisa|procuram|procurando|contratam|contratan ?_ personal|empleados|empleado|funcionarios|funcionario|colaboradores|vendedores|vendedor|vendedoras|vendedora',
    'butuh|cari|nyari|buka|terima|menerima ?_ karyawan|pegawai|pekerja|kru',
    'looking|need|needs|hiring ?for ?any ?more staff|workers|employees|crew',
  ],
  // Paying part up front or all of it: "do I pay in full when I order", "harus lunas di
  // awal?", "pago tudo na hora?", "hay que pagar todo al encargar?" ask what the deposit
  // is, as "DP", "sinal" and "seña" do.
  deposit: [
    'pay|paid|paying ?it|everything|all in full',
    'pay|paid|paying ?it|everything|all upfront|beforehand',
    'full|whole payment|amount upfront|first',
    'bayar|dibayar|pembayaran ?harus ?di lunas|penuh|full|dimuka|duluan',
    'lunas ?di awal|dimuka|duluan',
    'pagar|pago|pagamento ?o tudo|total|integral|inteiro|adiantado|antecipado',
    'pagar|pago|pagarlo ?el|lo todo|total|completo|adelantado|anticipado',
    'pagar|pago la mitad',
    'pagar|pago ?a metade',
  ],
};

/**
 * A phrase notion the rest of a text overrules: what does not work is a code, a
 * payment, a login or a site, not an item ("coupon not working", "o cupom não
 * funciona", "kode voucher ga bisa dipakai", "el pago no funciona"). Notions (`~name`)
 * or folded words.
 */
export const paraphraseUnless: Partial<Record<string, readonly string[]>> = {
  // An Indonesian "pesan" has no tense: "pesan skrg tapi dikirim tgl 14" (order now,
  // deliver on the 14th) fits "ordered X but got Y"; a day still to come says it is a
  // schedule, not a wrong item.
  wrong: ['tanggal', 'besok', 'lusa', 'depan', 'nanti'],
  damaged: [
    '~coupon',
    '~password',
    '~account',
    '~pay',
    '~card',
    '~method',
    '~installment',
    'app',
    'apps',
    'aplikasi',
    'aplicativo',
    'aplicacion',
    'site',
    'website',
    'web',
    'situs',
    'link',
    'pagina',
  ],
};
