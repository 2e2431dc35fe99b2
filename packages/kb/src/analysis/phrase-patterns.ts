/**
 * Multi-word patterns of shop customer service in id/pt/es/en and the notion each names
 * (see `concepts.ts` for the notions' single words). A pattern is words in order, one
 * slot per word: `a|b` any of them, `?` in front an optional slot, `_` any one word or
 * none, `@name` a list below, `~name` any word naming that notion (not first), a
 * trailing `*` any ending, `#` a count of ten or more. Folded, chat shorthand already
 * spelled out ("sampe" → "sampai", "ta" → "está"). Written from how customers ask, not
 * from one shop's FAQ; a pattern must not also fit a neighbouring notion's question
 * ("change my address" is not an exchange, "pay for delivery" is not cash on delivery).
 */
export const slotLists: Record<string, string> = {
  /** What a customer has bought and waits for. */
  parcel:
    'order orders package packages parcel parcels stuff shipment purchase delivery pedido pedidos encomenda encomendas pacote pacotes compra compras paquete paquetes orden envio pesanan orderan paket barang kiriman belanjaan pesananku paketku orderanku barangku',
  /** Possessives and articles before a noun (Indonesian ones come after it). */
  my: 'my the our meu minha meus minhas o a os as mi mis el la los las su sus',
  idMy: 'saya aku ku gue gw gua kakak',
  /** "Is / has it" in each language, chat forms spelled out. */
  be: 'is s are esta estao anda andam fica ficou foi vai va van anda andan queda quedo',
  /** Still / already / now before an Indonesian place question. */
  idYet: 'sudah udah udh sdh masih msh lagi lg sedang skrg sekarang baru',
  arrival:
    'arrive arrives arriving arrived arrival delivered delivery door doorstep receipt receive receiving received',
  /** Said of shoes and clothes that fit differently from their label. */
  fitSize:
    'small smaller big bigger large larger narrow wide tight loose true pequeno pequena pequenos pequenas grande grandes justo justa apertado apertada folgado folgada largo larga chico chica chicos chicas ajustado ajustada holgado holgada kecil besar gede sempit longgar',
  /** A customer's phone or tablet, by kind or brand. */
  device:
    'phone phones smartphone cellphone mobile hp handphone iphone ip ipad android samsung galaxy xiaomi redmi poco oppo vivo realme infinix huawei motorola moto pixel tablet celular celulares telefone telefono smartphones tablets',
  wrongItem:
    'wrong different another other errado errada outro outra diferente equivocado equivocada otro otra distinto distinta salah lain beda',
};

/**
 * Notions a phrase's own words lose in a query when the phrase matches, whether or not
 * a word already names the phrase's notion: "your address" is the store's, not the
 * delivery address, and "mau dateng langsung" comes to the store, no order arrives
 * (`paraphrase-patterns.ts`); "cambiar la dirección" changes an address and exchanges no item
 * (nor is "the wrong address" a wrong item); "what's the damage" asks a price, not
 * about a broken item; "salah beli", "comprei errado" is the customer's own mistake, a
 * return, not a wrong item sent.
 */
export const phraseReplaces: Partial<Record<string, readonly string[]>> = {
  store: ['address', 'arrive'],
  readdress: ['exchange', 'wrong'],
  price: ['damaged'],
  return: ['wrong'],
  // "arrive today" asks for a same-day delivery, not about an arrival (ADR 0650).
  sameday: ['arrive'],
  // The shop's address, not the customer's (ADR 0650).
  location: ['address'],
  // A greeting card is no payment card ("cartão com mensagem", "message card").
  note: ['card'],
  // A grand opening is no opening hour.
  inauguration: ['hours'],
};

export const phrasePatterns: Record<string, readonly string[]> = {
  // Occasions named in two words (see `concepts.ts`): "ulang tahun", "hari raya",
  // "dia dos namorados" is a single word's notion already.
  birthday: ['ulang tahun'],
  eid: ['hari raya'],
  // Where an order is: "where is my order", "cadê meu pedido", "dónde está mi pedido",
  // "paket saya sampai mana", "has my order shipped".
  track: [
    'where ?@be ?@my @parcel',
    'onde|cade|donde ?@be ?parar ?@my @parcel',
    'por donde ?va|anda ?@my @parcel',
    '@parcel ?@idMy ?@idYet sampai|di|ada|posisi mana|dimana',
    '@parcel ?@idMy ?@idYet dimana',
    'dimana|sampai|posisi ?@parcel ?@idMy ?mana @parcel',
    '@parcel ?@be ?@idMy onde|donde|where',
    'periksa|lacak ?status @parcel|resi',
    'has|did|have ?@my @parcel ship|shipped|left|been|gone',
    'what happened to ?@my @parcel',
    'meu|minha|mi @parcel ja|ya saiu|salio|foi|fue enviado|enviada|despachado|despachada',
  ],
  // Cash on delivery: "pay when it arrives", "bayar di tempat", "pagar na entrega",
  // "pago contra entrega", "pagar al recibir" ("pay for delivery" is its price).
  cash: [
    'pay|paying|payment ?cash|in when|on|at|upon|after ?_ ?_ @arrival|door|get|gets|here',
    'pay|paying ?the courier|driver|deliveryman|postman',
    'pagar|pago|pagamento|pagas|pagaria|pagamos na|no|quando|ao|depois|apos ?_ ?_ entrega|receber|recebimento|chegar|chegada|porta|mao',
    'pagar|pago|pagarlo|pagamos|pagaria contra|al|cuando|en ?_ ?_ entrega|recibir|reciba|recibo|recibirlo|llegue|llegada|puerta|domicilio|repartidor',
    'bayar|dibayar|membayar di|ke|sama|pas|saat|waktu|ketika|setelah ?_ ?_ tempat|rumah|kurir|kurirnya|sampai|datang|tiba|diterima|terima',
  ],
  // Which size fits, apart from exchanging one: "do they run small", "true to size",
  // "veste pequeno", "me quedan grandes", "ukurannya pas?", "what size should I get",
  // "how do I find my size", "panduan ukuran". A notion of its own (not `~size`) so
  // that a fit question meets the size guide rather than the size exchange.
  fit: [
    'run|runs|running|fit|fits ?a ?bit|little ?too @fitSize|well|right',
    'true to size',
    'veste|vestem|calca|calcam|forma|formam|fica|ficam|ficaria ?um ?pouco @fitSize|certo|certinho|bem',
    'queda|quedan|quedaria|viene|vienen|calza|calzan|horma ?un ?poco @fitSize|bien',
    'ukuran|nomor|size pas|cocok|normal|standar|kecil|besar|gede',
    'pas|muat|cocok|sempit|kekecilan|kebesaran ?_ ?di kaki|kakiku',
    'what|which|qual|que|cual size|tamanho|numero|talla ?should|do|devo|debo|pido|compro|peco|escolho ?i get|buy|order|choose|take|wear|pick|comprar|pedir|usar',
    'find|know|choose|pick|measure|check ?out ?my|the|your ?shoe size',
    'sei|saber|descobrir|escolher|medir ?qual ?o|meu|minha|a tamanho|numero|numeracao',
    'se|saber|elegir|escoger|medir ?cual ?mi|la|que talla|numero',
    'panduan|tabel|cara|pilih|memilih|tahu ukuran',
    'size|ukuran guide|chart|table',
    'guia|tabela|tabla ?de tamanho|tamanhos|medidas|tallas|numeracao',
  ],
  // How long delivery takes, asked of the delivery or of the arrival: "how long does
  // delivery take", "when will it get here", "prazo de entrega", "quando chega", "cuánto
  // tarda el envío", "berapa hari sampai". A notion of its own: `~duration` words ("how
  // long", "days") are in every answer that names a delay; "how long does the refund
  // take" and "how long is the warranty" are not this one.
  eta: [
    'how long|soon ?_ ?_ ?_ ?_ delivery|shipping|ship|shipped|arrive|arrives|arrival|deliver|delivered|here',
    'how many days|weeks ?_ ?_ ?_ ?_ delivery|shipping|ship|arrive|arrives|deliver|delivered|here',
    'when will|would|does|do|should|is ?_ ?_ arrive|arrives|reach|delivered|here|ship|shipped',
    'when will|would|do|can|should i|we get|receive ?@my @parcel',
    'delivery|shipping time|times|estimate|eta',
    'prazo ?de|da|do ?_ entrega|envio|frete|chegada',
    'quanto tempo|dias ?_ ?_ ?_ chega|chegam|chegar|entrega|entregar|envio',
    'quantos dias ?_ ?_ chega|chegam|chegar|entrega|entregam|recebo',
    'quando|cuando chega|chegam|chegaria|llega|llegan|llegaria|lleguen|llegue',
    'quando|cuando vai|va|van ?a chegar|llegar',
    'demora|demoram|leva|levam|tarda|tardan ?_ ?_ ?para|pra|en chegar|llegar|entregar',
    'cuanto tarda|tardan|demora|demoran ?_ ?_ envio|entrega|pedido|paquete|envios|flete',
    'tiempo|dias|plazo ?de entrega|envio',
    'en cuantos dias ?_ ?_ llega|llegan|entregan|envian',
    'berapa lama|hari ?_ ?_ ?_ pengiriman|kirim|dikirim|sampai|tiba|datang',
    'pengiriman|kirim|sampai ?_ berapa lama|hari',
    'kapan ?_ ?_ sampai|datang|tiba|diterima|dikirim',
    'estimasi ?_ pengiriman|sampai|tiba',
  ],
  // Exchanging for another size or colour: "swap it for a bigger one", "mudar o
  // tamanho", "ganti ukuran" ("change my address" stays an address change).
  exchange: [
    'change|swap|switch|exchange ?it|them|this|these|mine for|to ?a|an|the ?_ size|smaller|bigger|larger|different|another|other|colour|color|one',
    'change|swap|switch ?the|my size|sizes|colour|color',
    'mudar|muda|mudo|troco ?o|a|de ?para ?um|uma tamanho|numero|numeracao|cor|maior|menor',
    'ganti|gantiin|diganti|ubah ?ke ?yang ukuran|nomor|warna|model|lebih|kecil|besar|gede',
  ],
  // Authenticity: "is it real", "es de verdad", "é de verdade".
  original: [
    'is|are|it|they|these|this|those|100 real',
    'e|sao|es|son de verdade|verdad',
    'real deal',
  ],
  // Stock now: "do you still have", "masih ada?", "quedan".
  stock: [
    'you|u still have|got',
    'any left',
    'masih ada|tersedia|ready',
    'ainda tem|tem ainda',
    'les|todavia|aun quedan|queda|hay|tienen',
  ],
  // Stock coming back: "coming back", "back in stock", "vai ter de novo", "volta ao
  // estoque", "kapan ready lagi".
  restock: [
    'coming|come|comes|be back',
    'back in stock',
    'kapan ada|ready|tersedia|masuk lagi',
    'quando|cuando volta|voltam|vuelve|vuelven',
    'vai|vao ter|voltar ?de ?novo|novamente',
    'volta|voltar|voltam a ter',
    'volta|voltar|voltam|vuelve|vuelven|volver ao|a|al estoque|stock',
    'quando|cuando ?vai|va ?a chega|chegam|chegar|llega|llegan|llegar mais|novamente|mas|otra|de',
    'vuelve|vuelven|volvera|volveran a tener|haber|llegar|entrar|estar',
  ],
  // Shipping to a place: "send it to the uk", "mandam pra bahia", "mandan a lima".
  ship: [
    'send|sending|mail ?it|them|this|that|orders|items|products|packages|stuff to|abroad|overseas|outside',
    'mandam|manda|enviam|envia|enviar|mandar|entregam ?_ para|pro|ate',
    'mandan|manda|envian|envia|enviar|mandar|entregan|mandas|envias ?_ a|al|hasta|para',
  ],
  // Installments: "pay monthly", "pay over time", "dividir no cartão", "em quantas
  // vezes", "a meses", "pagar en partes", "per bulan".
  installment: [
    'pay|paying|payment in|over|per|by|each ?_ parts|time|months|month|monthly',
    'pay later',
    'dividir|divide|divido|dividido|dividem|parcelado|parcelada ?_ ?_ cartao|vezes|parcelas|compra|pagamento|valor',
    'em|ate quantas|quantos|2|3|4|5|6|10|12 vezes',
    'a|en ?_ meses|plazos|mensualidades',
    'meses|mes sin|con intereses|interes',
    'pagar|pago en ?_ partes|pagos',
    'per|tiap|setiap bulan',
  ],
  // Payment methods: "how can I pay", "como posso pagar", "bisa bayar pakai apa".
  method: [
    'how|ways|way ?can|do|to ?i|we|you pay',
    'como|formas|forma|maneiras ?posso|puedo|faco|hago|se ?de|para pagar|pago|pagamento',
    'cara|bagaimana bayar|pembayaran|bayarnya',
    'bayar|pembayaran|pay|pagar|pago pakai|lewat|via|with|com|con|by apa|what|que|qual|cual',
  ],
  // Returning: "send it back", "mandar de volta", "enviar de vuelta", "kirim balik".
  return: [
    'send|sending|ship|mail|bring|take ?_ ?_ back',
    'mandar|enviar|devolver|mando|envio de volta|vuelta|regreso',
    'kirim|dikirim|mengirim ?_ balik|kembali',
    // Changed my mind: a return the customer chose, no fault of the item ("changed my
    // mind", "salah beli", "mudei de ideia", "ya no lo quiero"). "Ga jadi beli" before
    // it ships is a cancellation: only "not used after all" is here.
    'changed|change|changing ?my mind',
    'change of heart|mind',
    'don|dont|do|not|longer ?t ?not want|need ?it|them|this|these|that|one ?_ anymore',
    'bought|ordered|purchased|buy|order ?it|them|this|the ?wrong ?one ?by mistake|accident',
    'berubah pikiran',
    'salah beli|pesan|order|checkout|pilih',
    'tidak jadi pakai|dipakai|digunakan',
    'tidak butuh|perlu|mau lagi',
    'mudei|mudou|mudamos de ideia|opiniao',
    'nao quero|preciso mais',
    'desisti ?da|do compra|pedido|produto',
    'comprei|pedi|encomendei errado|engano',
    'comprei|pedi|encomendei sem querer',
    'comprei|pedi|encomendei por engano',
    'cambie|cambiamos de opinion|idea',
    // "ya" is a skipped filler (Indonesian): "ya no lo quiero" reads "no lo quiero".
    'no lo|la|los|las quiero|necesito',
    'compre|pedi por error|equivocacion',
    'compre|pedi sin querer',
  ],
  // What came is not what was ordered: "sent me the wrong", "no es lo que pedí",
  // "chegou outro", "bukan yang saya pesan".
  wrong: [
    'not|isnt|wasnt what i ordered|bought',
    'no es|era lo que pedi|compre',
    'no el|la|lo que pedi|compre',
    'nao e|era o|a que ?eu pedi|comprei|encomendei',
    'bukan ?_ yang|yg ?@idMy ?pesan|beli|order|dipesan',
    'sent|send|mandaram|mandaron|enviaram|enviaron|veio|vino|llego|chegou|came|arrived|got|received|recebi|recibi|datang|dikirim|dapat ?me ?_ ?_ @wrongItem',
    // Something the customer did not order ("un producto que no pedí", "algo que eu não
    // pedi", "barang yg ga aku pesan", "i didn't order this"), or other than it ("beda
    // sama yg aku pesan"), or one thing ordered and another received ("ordered M but got XL").
    'que ?eu ?yo no|nao pedi|compre|comprei|encomendei|pedimos',
    'yang|yg tidak|belum ?@idMy pesan|order|beli',
    'beda|lain|salah ?sama|dengan|dari ?yang|yg ?@idMy pesan|order|beli',
    'didn|didnt|never ?t order|ordered|buy|bought',
    'ordered|bought ?_ ?_ but|and ?_ got|received|sent|came',
    'pedi|compre ?_ ?_ y|pero ?me llego|llegaron|mandaron|enviaron|vino',
    'pedi|comprei|encomendei ?_ ?_ e|mas ?me veio|chegou|mandaram|recebi',
    'pesan|order|beli ?_ ?_ tapi|eh|malah ?yang|yg datang|dikirim|dapat',
  ],
  // What a shop sent is what the customer received: "you sent me", "me mandaron"; and
  // "came" said of an item in a bad state is its arrival: "it came broken", "veio
  // rasgada", "me vino roto", "datang rusak" (a plain "come back" is not).
  arrive: [
    'came|come|veio|vieram|vem|vino|vinieron|viene|datang|dateng|nyampe ?_ ?_ ~damaged|~wrong',
    'you|u|they sent|send|shipped me',
    'me|nos mandaram|enviaram|mandaron|enviaron|mandaste|enviaste',
    'mandaram|enviaram pra|para mim',
    'dikirimin|dikirim|kirimin ?ke saya|aku|gue',
  ],
  // Signing in fails: "não consigo entrar na conta", "can't log in", "gabisa masuk akun".
  password: [
    'entrar|acessar|logar|acceder|ingresar|masuk|login ?na|no|en|a|ke ?minha|mi|la ?_ conta|cuenta|akun|account|aplicativo|app|site',
    'log|sign in|into',
  ],
  // Paying for the delivery itself is its price: "do I have to pay for shipping".
  price: [
    'pay|paying for ?the delivery|shipping|postage',
    'pagar|pago|pagas|pagamos ?o|el frete|flete|envio',
    // Price idioms no price word names: "what's it going for", "what are they selling
    // for", "what's the damage", "berapaan", "brp an", "dijual berapa". Portuguese and
    // Spanish idioms ("tá quanto", "a cuánto") hold "quanto" / "cuánto", which already
    // name the price.
    'going|selling|goes|sells|sell for',
    'what|whats ?is|s the damage',
    'berapaan|brpan',
    'berapa an|aan',
    'dijual|jual|jualnya|dibanderol ?_ berapa',
  ],
  // Store pickup in other words: "click and collect", "pick it up at the store",
  // "buscar na loja", "pasar a buscar" ("ambil", "retirar", "recoger" name it).
  pickup: [
    'click and|n collect',
    'pick|picking ?it|them|this|my|the|our ?order|parcel|package|stuff up',
    'buscar|pegar ?o|a|meu|minha ?pedido|encomenda|compra ?na|no|em ?a loja|local|pessoalmente',
    'pasar|paso|paro a buscar',
    'buscar|buscarlo|buscarla ?el|mi ?pedido ?en ?la|el tienda|local|sucursal',
    // The item named in between: "buscar o bolo na loja", "recoger la torta en el local".
    'buscar|pegar|retirar ?o|a|meu|minha _ na|no|em ?a loja|local|padaria|balcao',
    'recoger|buscar ?el|la|mi _ en ?la|el tienda|local|sucursal',
  ],
  // Whether an order is still in time, or how long before a date to place it ("is
  // tomorrow too late", "dá tempo pra sábado", "¿llego a tiempo?", "masih keburu",
  // "how many days before", "dias antes", "hari sebelumnya").
  advance: [
    'too late|soon|short',
    'in time',
    'last minute',
    'how far ahead|before',
    'how many days|weeks before|ahead|in',
    'da|dar|daria tempo',
    'em cima da hora',
    'quantos|cuantos dias|semanas antes|antecipado|antecipada',
    'a tiempo',
    'da|dara|alcanza ?el tiempo',
    'ultima|ultimo hora|minuto',
    'berapa hari|minggu sebelum|sebelumnya',
    'masih keburu|sempat',
  ],
  // Changing or correcting one's own delivery address, a notion of its own so that a
  // correction ("i put the wrong address, can you fix it", "errei o endereço", "alamat
  // salah ketik", "me equivoqué en la dirección") meets the entry on changing it.
  // "Change" said of an address is no exchange of an item, and the mistake is the
  // address's, not a wrong item's (see `phraseReplaces`).
  readdress: [
    'change|changing|update|edit|fix|correct|switch|swap ?my|the|delivery|shipping ?delivery|shipping address',
    'put|typed|entered|gave|wrote ?in ?the|a|my wrong|incorrect|old address',
    'ubah|mengubah|diubah|ganti|mengganti|diganti|tukar|ditukar|edit|ralat|koreksi|perbaiki ?_ alamat|alamatku',
    'alamat|alamatku ?@idMy salah|keliru',
    'alamat|alamatku ?@idMy ?_ ?_ ganti|diganti|diubah|ubah|ralat',
    'salah ?tulis|ketik|input|isi alamat|alamatku',
    'mudar|alterar|trocar|troca|troco|corrigir|atualizar|editar ?o|meu|de ?_ endereco|cep',
    'endereco|cep ?_ ?_ ?_ ?_ mudar|alterar|trocar|troca|corrigir|errado|errada',
    'errei ?_ ?_ ?_ ?_ ?_ endereco|cep',
    'cambiar|cambio|cambie|cambien|cambian|corregir|modificar|actualizar ?la|mi|de ?_ direccion|domicilio',
    'direccion|domicilio ?_ ?_ ?_ ?_ cambiar|cambiarla|cambiarlo|cambien|cambian|corregir|corregirla|modificar|equivocada|incorrecta',
    'equivoque|equivocamos ?_ ?_ ?la|mi direccion|domicilio',
  ],
  // Small talk about the one answering, no shop's customer service: their name, age,
  // love life, home, favourite things, the meaning of life, a film to watch ("nama kamu
  // siapa", "quantos anos você tem", "¿tienes novia?", "what's your favourite colour").
  // The pronoun is required where the same words ask about an item ("berapa umur
  // baterainya" is its battery life). See `off-topic.ts`: a base that never names it
  // holds no answer to it.
  smalltalk: [
    'what|whats ?is|s your|ur name',
    'how old are|r you|u',
    'are|r you|u married|single',
    'do|have you|u ?got|have a ?_ girlfriend|boyfriend|wife|husband|crush',
    'where do|did you|u live|grow',
    'your|ur favorite|favourite|fav color|colour|food|movie|film|song|band|team|animal|book',
    'tell me about yourself',
    'i love|luv you|u',
    'do you|u love|like me',
    'marry me',
    'meaning of life',
    'siapa nama|namanya kamu|mu|anda|kakak|kak|mimin|admin',
    'siapa namamu',
    'nama|namanya kamu|mu|anda|kakak|mimin|admin siapa',
    'namamu siapa',
    'berapa umur|usia|umurnya kamu|mu|anda|kakak|mimin|admin',
    'berapa umurmu|usiamu',
    'umur|usia kamu|mu|anda|kakak|mimin|admin berapa',
    'umurmu|usiamu berapa',
    'kamu|kakak|anda|mimin|admin ?udah|sudah|udh ?punya pacar|pasangan|istri|suami|gebetan',
    'kamu|kakak|anda|mimin|admin ?udah|sudah|udh menikah|nikah|jomblo',
    'pacar|pacarnya|pacarmu ?kamu|mu|kakak siapa',
    'kamu|kakak|anda|mimin|admin tinggal ?di dimana|mana',
    'kamu|kakak|anda|mimin|admin ?lagi|sedang ngapain',
    'udah|sudah|udh makan|mandi belum|blm',
    'warna|makanan|film|lagu|tim|hewan favorit|kesukaan kamu|mu|kakak|anda',
    'warna|makanan|film|lagu|tim|hewan favoritmu|kesukaanmu',
    'aku|saya|gue sayang|cinta kamu|kakak|mimin|admin',
    'arti|makna hidup|kehidupan',
    'qual ?e|eh ?o seu|teu nome',
    'como voce|tu|te se|te chama|chamas|llamas',
    'quantos anos voce|tu tem|tens',
    'qual ?e|eh ?a sua|tua idade',
    'voce|tu tem|tens namorado|namorada|marido|esposa|crush',
    'voce|tu e|eh|es casado|casada|solteiro|solteira',
    'onde voce|tu mora|moras|vive|vives',
    'seu|sua|teu|tua cor|comida|musica|filme|time|banda|animal|livro favorita|favorito|preferida|preferido',
    'sentido|significado da|de ?la vida',
    'eu|yo ?te amo',
    'voce|tu me ama|amas',
    'quer|queres casar comigo',
    'cual ?es tu nombre',
    'cuantos anos tienes',
    'que edad tienes',
    'tienes novia|novio|esposa|esposo|pareja',
    'eres|estas casado|casada|soltero|soltera',
    'donde vives',
    'tu color|comida|cancion|musica|pelicula|equipo|animal|libro favorito|favorita|preferido|preferida',
    'te quieres casar conmigo',
    'recomiendame|recomiendas|recomenda|recomende|recommend|rekomendasi ?me|una|um|uma|a|an ?good|buena|bom|boa|bagus pelicula|filme|movie|film|serie|series|libro|livro|book',
  ],
  // Trying on at the shop: "ir a probarme", "go try them on", "experimentar na loja".
  // The shop's own address, not the customer's delivery address: "what's your
  // address", "alamat toko", "endereço de vocês", "dirección de la tienda", "where are
  // you located". Its address word names the store here (see `phraseReplaces`).
  store: [
    'ir|pasar|passar|go|come|datang|mampir ?_ ?_ probar|probarme|provar|experimentar|try|coba|nyoba',
    'try|trying ?them|it|those|these on',
    'your|ur ?store|shop address|location',
    'where are|r you|u ?guys located|based',
    'endereco|localizacao ?de|da|do voces|loja|lojas',
    'onde voces ficam|estao|fica',
    'direccion|ubicacion ?de ?la|el|del ustedes|tienda|local',
    'donde estan|quedan ?ustedes ?ubicados|ubicadas',
    'alamat|lokasi toko|kalian|kakak|offline',
    'toko|kalian ?ada ?di mana|dimana',
  ],
};
