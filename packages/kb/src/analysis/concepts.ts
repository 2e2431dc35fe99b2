import type { Language } from '../types.js';
import { tradeNotions } from './trade-notions.js';

/**
 * Shop and customer-service notions named in each of our four languages. A word that
 * names one is indexed (and searched) with the notion's term as well, so a Spanish
 * customer's "envío" meets the Portuguese "frete" and the English "shipping", and
 * "talla" meets "tamanho" and "size", when the base has no passage in Spanish. Forms are
 * folded; a trailing `*` matches any ending. General vocabulary, not one shop's.
 */
const groups: Record<string, string> = {
  price:
    'much quanto quanta cuanto cuanta price prices priced cost costs harga biaya preco precos valor custa custam custo precio precios cuesta cuestan costo vale valen fee fees charge charges tarif tarifa tarifas taxa taxas ongkos cobra cobram cobran cobrar mahal murah expensive cheap caro barato',
  ship: 'ship ships shipping shipped delivery deliver delivers delivered postage courier kirim pengiriman dikirim mengirim kiriman ekspedisi kurir antar frete entrega entregas entregar entregam envio envios enviar enviam enviamos mandam flete despacho mandan envian despachar despachan entregador entregadores repartidor motoboy kurirnya jne jnt sicepat correios sedex fedex dhl ups usps enviado enviada enviados enviadas despachada despacha despachamos postado postada postagem postar dispatch dispatched dispatches',
  // Months and years too ("a 6-month warranty" answers "how long is the guarantee");
  // "meses"/"bulan" stay out: "a 12 meses", "per bulan" ask for instalments.
  duration:
    'long days lama hari prazo dias demora tarda tardan demoran tempo tiempo estimasi estimate estimated eta weeks week semanas semana month months year years tahun anos ano',
  abroad:
    'international internationally abroad overseas countries country internasional negeri negara exterior internacional paises pais worldwide estrangeiro extranjero',
  pay: 'pay paying payment payments paid bayar pembayaran dibayar pagar pagamento pagamentos pago pagos pague transfer transferencia bank banco debit debito pagou paguei pagamos payed transferir transferi transfere transfiero',
  card: 'card cards credit kartu kredit cartao cartoes credito tarjeta tarjetas',
  installment:
    'installment installments instalment instalments cicilan cicil dicicil parcela parcelas parcelar parcelamento parcelam cuota cuotas plazos mensualidades monthly bulanan kredivo akulaku paylater split',
  // Indonesian "bunga" is interest only beside an instalment or a "tanpa" ("cicilan 0%
  // tanpa bunga"), and a flower everywhere else: a florist's every entry says it. The
  // interest readings are phrases (`paraphrase-patterns.ts`).
  interest: 'interest juros intereses interes',
  // "options" / "opsi" / "opções" stay out: "gift basket options" asks what there is,
  // not how to pay ("opsi pembayaran" still names `~pay`).
  method: 'method methods metode metodo metodos formas medios meios maneras maneiras',
  arrive:
    'arrive arrives arrived arrival receive received sampai sampe nyampe tiba diterima terima chegar chega chegam chegou recebi recebo recebido llegar llega llegan llego recibi recibido receives receiving recieve recieved recebe recebem receber recebeu recebemos recibir recibe reciben llegue lleguen llegara llegado chegue cheguem chegaria chegando chegado datang',
  use: 'use using apply redeem pakai pake gunakan menggunakan memakai usar uso aplicar utilizar resgatar canjear',
  cash: 'cash cod tunai dinheiro efectivo contraentrega ditempat',
  return:
    'return returns returned returning retur mengembalikan dikembalikan pengembalian devolver devolvo devolucao devolucoes devolucion devoluciones regresar kembalikan balikin kembali dikembaliin devuelvo devolverlo retornar returnable devolve devolvem devuelven devolvemos arrependi arrependido arrependida arrependimento arrepenti arrepentido arrepentida arrepentimiento menyesal',
  exchange:
    'exchange exchanges swap tukar menukar penukaran troca trocar trocas cambio cambiar exchanged exchanging swapped trocam troque cambian cambiarlo cambios',
  size: 'size sizes sizing fit fits ukuran tamanho tamanhos numeracao talla tallas talle calzo calza calzado small smaller bigger kecil besar pequeno pequena grande apertado apretado medida medidas chart kekecilan kebesaran kegedean sempit longgar tight loose large pequenos grandes chico chicos apertada apretados measurement measurements measure measuring ukur mengukur medir tamano tamanos',
  refund:
    'refund refunds refunded money dana uang reembolso estorno reembolsos dinero reembolsan reembolsar reembolsa reembolsado estornar estornado ressarcimento reintegro refundable',
  warranty:
    'warranty guarantee garansi bergaransi garantia garantias guaranteed garantizado jaminan',
  track:
    'track tracking tracked lacak melacak resi rastrear rastreio rastreamento rastreo seguimiento status posisi paradeiro acompanhar acompanho acompanhamento cade andamento',
  order:
    'order orders ordered purchase pesanan orderan pedido pedidos compra compras buy bought beli membeli dibeli comprei comprar compre compramos compro checkout',
  cancel:
    'cancel cancels cancelled canceled cancellation batal batalkan membatalkan dibatalkan pembatalan cancelar cancelo cancela cancelamento anular cancelacion desistir desisti anulo cancelei cancele cancelado cancelada cancelarlo cancelamos',
  address: 'address addresses alamat endereco enderecos cep direccion domicilio',
  hours:
    'hours open opening jam buka operasional horario horarios abre abrem abren atendimento atencion horas hora hour close closed closing tutup fecha fecham fechado cierra cierran cerrado schedule jadwal weekend weekends sunday sundays saturday saturdays sabtu domingo domingos sabado sabados feriado feriados holiday holidays libur festivo festivos atiende atienden atende atendem opens closes aberto aberta abierto abierta funcionamento monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays senin selasa rabu kamis jumat jumatan lunes martes miercoles jueves viernes terca tercas quarta quartas quinta quintas sexta sextas feira feiras',
  store:
    'store stores shop shops toko loja lojas tienda tiendas local offline fisik fisica physical visit visitar kunjungi pessoalmente presencial person lokasi location located showroom outlet cabang branch branches filial sucursal ubicacion ubicados ubicada ubicado localizacao localizada bakery bakeries padaria padarias panaderia panaderias pasteleria pastelerias confeitaria confeitarias boutique boutiques butik petshop petshops',
  coupon:
    'coupon coupons code promo voucher vouchers discount kode diskon cupom cupons cupon cupones desconto descuento codigo promocional sale promotion promosi promocao promocoes promocion promociones oferta ofertas liquidacao rebajas kupon potongan rebaja descuentos descontos promos cashback',
  wholesale:
    'wholesale resell reseller resellers bulk grosir dropshipper atacado revenda revender revendedor revendedora revendedores mayoreo mayor distribuidor distribuidores grosiran agen atacadista mayorista mayoristas dropship wholesaler distributor distributors dropshipping borongan partai lusin dozen dozens docena docenas duzia duzias',
  invoice:
    'invoice invoices receipt faktur nota kwitansi fiscal factura facturas recibo comprobante tagihan comprovante comprovantes bukti',
  damaged:
    'damaged damage broken defective defect torn rusak cacat sobek pecah defeito defeituoso quebrado quebrada rasgado rasgada estragado estragada roto rota danado danada defectuoso defecto penyok retak bolong hole ripped scratched lecet quebrou rasgou amassado danificado danificada faulty patah cracked dented stained broke busted danificou estragou rompio rompido rompida manchado manchada falla fallas fallado fallada fallados falladas dead doa mati matot malfunction malfunctioning squashed crushed smashed hancur gepeng remuk esmagado esmagada aplastado aplastada',
  stock:
    'stock available stok habis tersedia estoque esgotado esgotada agotado agotada disponible disponivel ready soldout kosong disponibles disponiveis esgotou agotados kehabisan sold availability unavailable indisponivel indisponible disponibilidade disponibilidad stocks estoques agotadas esgotados esgotadas',
  // Stock coming back, apart from stock now: "van a reponer la talla 39?" asks when,
  // not for the size exchange whose answer says "as long as the size is in stock".
  restock:
    'restock restocks restocked restocking reposicao reponer repor repoe repoem repone reponen reponga reabastecer reabastecimento reabastecimiento restok',
  gift: 'gift gifts present wrap wrapping kado hadiah bungkus dibungkus presente embrulho embrulhar embrulham regalo envoltura envolver envuelven regalar presentear ucapan wrapped envoltorio dedicatoria bilhete giftwrap',
  wash: 'wash washing washed clean cleaning cuci mencuci dicuci lavar lave lavagem limpar lavado limpiar lavo lava bersihkan membersihkan laundry iron ironing ironed setrika disetrika nyetrika planchar plancha planchado dryer tumble secadora jemur dijemur pemutih alvejante lejia',
  password:
    'password passwords login sandi senha contrasena clave reset redefinir recuperar logar logado signin sesion',
  account:
    'account accounts akun conta cuenta register daftar cadastro registro signup registration registered registrasi mendaftar cadastrar cadastrei cadastra registrar registrarme registrarse',
  bag: 'bag bags backpack tote tas ransel mochila mochilas bolsa bolsas bolso bolsos',
  shoe: 'shoe shoes sneakers runners sepatu tenis zapatillas zapatos calcado',
  forgot: 'forgot forgotten lupa esqueci olvide perdi',
  free: 'free gratis gratuito gratuita',
  contact:
    'contact phone whatsapp email call kontak telepon telpon nomor contato telefone ligar contacto telefono llamar correo cs sac helpdesk hotline',
  pickup: 'pickup collect ambil diambil retirar retirada recoger retiro',
  original:
    'original genuine authentic fake asli ori kw palsu falso falsa autentico autentica replica counterfeit legit knockoff knockoffs tiruan falsificado falsificada pirata imitacion imitation genuino genuina originais originales originals authenticity autenticidade autenticidad keaslian',
  color: 'color colour colors colours warna cor cores colores',
  material:
    'material fabric leather bahan kain kulit tecido couro cuero ingredient ingredients kandungan komposisi ingredientes composicao composicion',
  booking: 'booking reservation reserve reservasi reserva reservar agendar agendamento cita',
  preorder: 'preorder preorders inden prevenda prevendas preventa preventas preorden',
  // Part paid up front to book an order ("DP", "sinal", "seña"), apart from paying in
  // full; Portuguese "entrada" stays out (an entrance, a starter).
  deposit: 'deposit deposits downpayment dp panjar sinal sena anticipo enganche',
  // How long before a date an order must be placed, and whether it is still in time
  // ("H-3", "com antecedência", "is tomorrow too late", "masih keburu", "a tiempo").
  advance:
    'advance ahead antecedencia anticipacion antelacion sebelumnya keburu sempat mendadak dadakan urgent urgente urgencia',
  minimum: 'minimum minimal minimo minima',
  late: 'late delayed delay telat terlambat lambat atrasado atrasada atraso retraso retrasado',
  member: 'member membership points poin pontos puntos loyalty fidelidade reward rewards',
  insurance: 'insurance asuransi seguro',
  package:
    'package packages parcel parcels paket pacote pacotes encomenda encomendas paquete paquetes',
  wrong:
    'wrong incorrect mistake salah keliru errado errada equivocado equivocada incorrecto incorrecta equivoque equivoco equivocamos equivocaron errei errou erramos typo',
  // Children a customer buys for or brings ("for my daughter", "buat anak umur 5",
  // "para niñas de 10 años", "roupa infantil"): a kids' range, a kids' class.
  kids: 'kid kids child children childrens toddler toddlers baby babies infant infants girl girls boy boys daughter daughters son sons anak anakku balita bayi bocah infantil infantis crianca criancas menino menina meninos meninas filho filha filhos filhas bebe bebes nino nina ninos ninas hijo hija hijos hijas',
  // Goods many shops sell, named by words that share no spelling across the languages: a
  // Spanish customer's "llantas", "cascos" or "repuestos" reaches a base that says "ban",
  // "capacete" and "tyres" only through these (item notions, like `~bag`).
  tyre: 'tyre tyres tire tires ban pneu pneus llanta llantas neumatico neumaticos cubiertas',
  helmet: 'helmet helmets helm capacete capacetes casco cascos',
  jacket: 'jacket jackets jaket jaqueta jaquetas chaqueta chaquetas campera camperas chamarra',
  oil: 'oil oils oli oleo oleos aceite aceites pelumas lubricant lubrificante lubricante',
  spare: 'spare spares sparepart spareparts peca pecas repuesto repuestos refaccion refacciones',
  battery: 'battery batteries aki accu bateria baterias',
  shirt:
    'shirt shirts tshirt kaos kemeja camisa camisas camiseta camisetas playera playeras remera remeras',
  trousers: 'trousers pants jeans celana calca calcas pantalon pantalones',
  dress: 'dress dresses gaun vestido vestidos',
  bread: 'bread breads roti pao paes pan panes',
  // Fresh goods and goods that arrived spoiled ("tomatnya udah lembek", "morangos
  // mofados", "frutillas podridas", "rotten avocados"): a freshness guarantee's topic.
  fresh:
    'fresh freshness segar kesegaran fresco frescos fresca frescas frescura frescor rotten rotting spoiled spoilt mouldy moldy busuk basi layu lembek berjamur jamuran podre podres podrido podrida podridos podridas mofado mofada mofados mofadas murcho murcha murchos murchas murchou murcharam wilt wilts wilted wilting withered withering droop droops drooped drooping droopy marchito marchita marchitos marchitas marchitado marchitada marchitaron mustio mustia',
  // Something ordered that did not come: "missing", "faltou um item", "me faltó", "ketinggalan".
  missing:
    'missing incomplete faltou faltaram faltando falto faltaron faltaba incompleto incompleta incompletos incompletas ketinggalan',
  // Keeping perishable goods cold or frozen, and how long they last (a bakery's cakes, a
  // skincare shop's serums): "posso congelar?", "simpen di kulkas", "¿va en la heladera?".
  chill:
    'fridge fridges refrigerator refrigerate refrigerated freezer freeze freezing frozen kulkas freezernya beku dibekukan membekukan awet geladeira congelar congelado congelada congelados congelador refrigerar refrigerado refrigerada heladera nevera refrigeradora melt melted melting thaw thawed cair mencair meleleh derretido derretida derrete derreter derretir descongelado descongelada',
  // Goods sold by weight ("ayam 1kg", "pesagem", "por kilo", "ditimbang").
  weight:
    'weight weigh weighs weighed weighing kg kilo kilos kilogram gram grams gramas gramos berat timbang ditimbang timbangan pesagem pesado pesada pesar pesa',
  // Adding an item to an order already placed ("mau nambah barang", "adicionar ovos",
  // "agregar algo a mi pedido").
  add: 'add adding added tambah nambah menambah ditambah tambahin nambahin adicionar adiciono acrescentar acrescento agregar agrego anadir anado',
  // Someone else taking a delivery in: a guard, a neighbour, the building's reception.
  proxy:
    'guard guards security satpam neighbour neighbor neighbours neighbors tetangga portaria porteiro porteira vizinho vizinha porteria portero conserje vecino vecina recepcion reception resepsionis',
  // Lessons a shop gives (baking, make-up, sewing): "kursus", "aulas", "talleres".
  // "oficina" stays out: a workshop in Portuguese, an office in Spanish.
  lesson:
    'class classes course courses workshop workshops lesson lessons kelas kursus pelatihan aula aulas curso cursos taller talleres clase clases',
  expiry:
    'expiry expire expires expired expiration kedaluwarsa validade vencimento vencido vencida vence caduca caducidad caducado vencimiento',
  allergy:
    'allergy allergies allergic allergen allergens alergen alergeno alergenos alergenico alergenica reaction itchy itching irritation rash alergi reaksi gatal gatel iritasi ruam alergia alergico alergica reacao coceira irritacao reaccion picazon irritacion stinging burning perih ardor arde ardido',
  // Cakes and weddings, items a bakery's or an event shop's customer names in other words
  // in each language ("torta", "pastel", "bolo", "kue"; "boda", "casamento", "nikahan").
  cake: 'cake cakes kue bolu tart tarts bolo bolos torta tortas tarta tartas pastel pasteles',
  // The bride too ("do u make the flowers the bride holds", "buket manten"); not the
  // Spanish "novia", which is as often a girlfriend ("tienes novia?").
  wedding:
    'wedding weddings nikah nikahan pernikahan kawinan casamento casamentos boda bodas matrimonio bride brides bridal manten pengantin noiva noivas married marry marrying menikah casar casando casarme casarnos',
  // Occasions gifts, cakes, flowers and food are ordered for, named differently in each
  // language ("xmas hampers", "parsel lebaran", "cesta de natal", "canasta navideña";
  // "ultah", "niver", "cumple"; "duka cita", "velório", "pésame").
  christmas:
    'christmas xmas natal natalino natalina natalinos natalinas navidad navideno navidena navidenos navidenas',
  eid: 'eid lebaran idul idulfitri fitri ramadan ramadhan ramada ramazan',
  birthday:
    'birthday birthdays bday ultah ulangtahun aniversario aniversarios niver cumpleanos cumple cumples',
  funeral:
    'funeral funerals condolence condolences sympathy duka dukacita berduka pemakaman melayat wafat velorio velorios funeraria luto pesame pesames condolencias enterro sepelio',
  graduation: 'graduation graduations wisuda formatura formaturas graduacion graduaciones',
  valentine: 'valentine valentines valentin namorados enamorados',
  // A basket of gifts or food: "hampers", "parsel", "cesta", "canasta".
  hamper: 'hamper hampers parsel cesta cestas canasta canastas basket baskets keranjang',
  // A grand opening, another occasion standing flowers, cakes and hampers are ordered for
  // ("arranjo pra inauguração", "papan bunga peresmian"; "grand opening" is a phrase).
  inauguration:
    'inauguration inaugurations inauguracao inauguracoes inaugurar inauguracion inauguraciones inaugurasi peresmian',
  // Goods named by unrelated words: chocolates ("bombom", "cokelat", "bonbons") added
  // to a gift or a cake, and the vase flowers stand in ("florero", "vaso", "vas").
  chocolate:
    'chocolate chocolates choco cokelat coklat bombom bombons bombon bombones bonbon bonbons praline pralines truffle truffles trufa trufas',
  vase: 'vase vases vas vaso vasos florero floreros jambangan',
  // Sending a gift without saying who from ("anonim", "sem meu nome", "sin que sepa
  // quién"); the phrases are in `paraphrase-patterns.ts`.
  anonymous:
    'anonymous anonymously anon anonim anonimus anonimo anonima anonimos anonimas anonimamente incognito',
  // Made to the customer's design: "custom", "personalizado", "sesuai referensi", a
  // reference photo or picture.
  custom:
    'custom customized customised customize customise personalized personalised personalize personalise personalizado personalizada personalizados personalizadas personalizar personalisasi bespoke kustom referensi reference references referencia referencias',
  // Another item in place of one out of stock, apart from replacing a damaged one and
  // from exchanging a size ("substitute", "pengganti", "substituir", "sustituir").
  substitute:
    'substitute substitutes substituted substitution substitutions substituting pengganti penggantinya substituir substitui substituem substituicao substituicoes substituto substituta sustituir sustituye sustituyen sustitucion sustituciones sustituto sustituta',
  // Looking after goods so they last (flowers, leather, clothes): "rawat", "cuidar";
  // how long they last is freshness or a shelf life (phrases).
  care: 'care caring rawat merawat perawatan dirawat cuidar cuida cuido cuide cuidam cuidan cuidados',
  // Food a customer may not eat, for shops that sell food (a bakery, a pet shop's treats):
  // nuts as an item, and what halal rules out.
  nuts: 'nut nuts peanut peanuts kacang almond almonds hazelnut hazelnuts amendoim amendoins castanha castanhas noz nozes nuez nueces mani cacahuate cacahuates cacahuete cacahuetes almendra almendras',
  halal:
    'halal haram muslim muslims muculmano muculmana musulman musulmana pork porco cerdo babi lard banha alcohol alcool alkohol',
  pregnant: 'pregnant pregnancy hamil gravida gravidez gestante embarazada embarazo',
  // Skin types, each its own notion: "greasy" and "pele oleosa" ask what suits oily
  // skin, not dry skin.
  oily: 'oily greasy berminyak minyakan oleosa oleoso oleosas oleosidade grasa grasosa graso grasoso',
  dry: 'dry kering seca seco ressecada ressecado resecada resecado',
  sensitive: 'sensitive sensitif sensivel sensiveis sensible sensibles',
  acne: 'acne jerawat berjerawat jerawatan beruntusan breakout breakouts pimple pimples zit zits espinha espinhas granos grano',
  // A repair service (fixing a customer's device), apart from an exchange or a refund;
  // "fix" (fix an address) and "arrumar" (tidy, correct) stay out.
  repair:
    'repair repairs repaired repairing servis perbaiki memperbaiki diperbaiki perbaikan benerin dibenerin conserto consertos consertar consertam conserta consertamos reparo reparos reparar reparan repara reparamos reparacion reparaciones arreglar arreglan arregla arreglo arreglos arreglamos',
  // Fitting an accessory for the customer ("pasang anti gores", "colocar a película",
  // "instalar el protector"); "aplicar" stays out: it is how a coupon is used.
  install:
    'install installs installed installing installation pasang pasangin pasangkan dipasang dipasangkan dipasangin memasang pemasangan aplicam aplicamos aplicacao colocar colocam colocamos colocan coloca colocacion colocacao instalar instalam instalan instala instalamos instalacion instalacao',
  // Whether an item works with the customer's device; how it is said in other words is
  // in `paraphrase-patterns.ts`.
  compat:
    'compatible compatibility incompatible kompatibel kompatibilitas compativel compativeis compatibilidade compatibles compatibilidad',
  // Goods already used, as in a trade-in ("hp bekas", "celular usado", "my old phone").
  used: 'secondhand preowned old bekas seken usado usada usados usadas seminovo seminovos velho velha velhos viejo vieja viejos',
  // The state a return policy asks for: sealed, unopened, unused.
  unused:
    'sealed unopened unused segel bersegel tersegel disegel lacrado lacrada lacrados lacradas sellado sellada sellados intacto intacta',
  // What a shop does with a customer's personal data ("will you share my number", "nomor
  // aku ga disebar kan", "vendem meus dados"); Portuguese "data" is a date (`notInLanguage`).
  privacy:
    'privacy private privasi pribadi data dados datos lgpd gdpr share shares shared sharing compartilhar compartilham compartilhamos compartilha compartir comparten compartimos disebar sebar disebarkan menyebarkan dibagikan bocor leak leaked vazar vazado vazamento',
  // Items a phone-accessory customer names in other words in each language; items, not
  // intents (see `entityNotions`).
  earphones:
    'earbuds earbud earphones earphone headphones headphone headset tws fone fones audifonos audifono auriculares auricular',
  protector: 'antigores protector protectors pelicula peliculas screenguard templado tempered',
  // Subjects of no shop's customer service unless its base says so (see `off-topic.ts`):
  // working there, and meals ("kerja", "trabajar" stay out: "hari kerja", "¿trabajan
  // el domingo?" ask for opening hours).
  job: 'job jobs hiring career careers vacancy vacancies internship cv lowongan loker magang vaga vagas emprego empregos estagio curriculo contratando contratan empleo empleos vacante vacantes pasantia',
  // Buying into the business (a franchise), as far from a shop's customer service as a job.
  franchise:
    'franchise franchises franchising franchisee waralaba franquia franquias franqueado franqueada franquicia franquicias franquiciado',
  // Other businesses' services a customer may ask a shop about by mistake, each a
  // notion of its own so that a base naming one keeps only that one in scope: utility
  // bills, phone plans and streaming ("bayar tagihan listrik", "cancelar a netflix"),
  // loans, travel, a doctor's question, a gym.
  utility:
    'electricity listrik pln pdam indihome telkomsel netflix spotify disney hbo streaming pulsa kuota recarga luz electricidad',
  loan: 'loan loans lender pinjaman pinjam minjem pinjol emprestimo emprestimos consignado prestamo prestamos',
  travel:
    'flight flights airline airlines penerbangan pesawat voo voos aviao vuelo vuelos avion hotel hotels hospedagem hospedaje',
  medical:
    'doctor doctors dokter medico medicos hospital ibuprofen paracetamol aspirin aspirina antibiotic antibiotik antibiotico fever demam febre fiebre remedio remedios',
  gym: 'gym gimnasio academia fitness',
  // Politics: no shop's customer service ("o que você acha do presidente").
  politics:
    'president presidents presidente presidentes presiden election elections eleicao eleicoes eleccion elecciones pemilu pilpres politics political politica politico politicos politik government governo gobierno pemerintah',
  meal: 'pizza pizzas burger burgers hamburger hamburguesa hamburguer food meal meals makanan minuman comida comidas lanche lanches almuerzo',
};

const exact = new Map<string, string>();
const prefixes: Array<[string, string]> = [];
for (const [name, forms] of Object.entries(groups)) {
  for (const form of forms.split(' ')) {
    if (form.endsWith('*')) prefixes.push([form.slice(0, -1), `~${name}`]);
    else exact.set(form, `~${name}`);
  }
}
/** The goods and services of `trade-notions.ts` that did not join a notion above. */
const tradeItems = new Set<string>();
/** Every form of `trade-notions.ts`, for `joinedTradeNotion`. */
const tradeForms = new Set<string>();
for (const [name, list] of Object.entries(tradeNotions)) {
  const forms = list.split(' ');
  const held = forms.map((f) => exact.get(f)).filter((n) => n !== undefined);
  // A trade notion mostly named by one of ours is that notion ("fridge" is `~chill`): its
  // other forms join it. Otherwise it stands apart and leaves ours their words ("ucapan"
  // stays `~gift`, the greeting card's other words are `~greetingcard`).
  const counts = new Map<string, number>();
  for (const n of held) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [main, most] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  const notion = main && most * 2 >= forms.length ? main : `~${name}`;
  if (notion === `~${name}` && !(name in groups)) tradeItems.add(notion);
  for (const form of forms) {
    tradeForms.add(form);
    if (!exact.has(form)) exact.set(form, notion);
  }
}

/**
 * Notions that name what is bought or sent, not what the customer asks about it: "a
 * mochila veio rasgada" is about damage, and the backpack only says which item. Every
 * other notion is an intent (a price, a refund, an arrival, a size).
 */
const entityNotions = new Set([
  '~bag',
  '~shoe',
  '~order',
  '~package',
  '~earphones',
  '~protector',
  '~nuts',
  '~cake',
  '~wedding',
  '~christmas',
  '~eid',
  '~birthday',
  '~funeral',
  '~graduation',
  '~valentine',
  '~hamper',
  '~lesson',
  '~kids',
  '~tyre',
  '~helmet',
  '~jacket',
  '~oil',
  '~spare',
  '~battery',
  '~shirt',
  '~trousers',
  '~dress',
  '~bread',
  '~inauguration',
  '~chocolate',
  '~vase',
]);

/**
 * The trade notion two or three words name when written as one ("dry cleaning" →
 * "drycleaning", "lavagem a seco" → "lavagemaseco"): `trade-notions.ts` lists such names
 * joined, as customers also type them. Only joined forms of eight letters or more, so two
 * short words never make a notion by chance.
 */
export function joinedTradeNotion(words: readonly string[]): string | undefined {
  const joined = words.join('');
  if (joined.length < 8) return undefined;
  const notion = exact.get(joined);
  return notion !== undefined && tradeForms.has(joined) ? notion : undefined;
}

/** Whether a term is a notion naming an intent (`~refund`), not an item (`~bag`). */
export function isIntentNotion(term: string): boolean {
  return term.startsWith('~') && !entityNotions.has(term) && !tradeItems.has(term);
}

/**
 * Words that name no notion in one language although they name one in another: in
 * Spanish "sale" / "salen" is *salir* ("¿cuánto sale el envío?" asks a price, "¿cuándo
 * sale mi pedido?" when it ships), never the English "sale" of a discount.
 */
const notInLanguage: Partial<Record<Language, ReadonlySet<string>>> = {
  // "son" is *ser* ("¿son originales?"), never a son.
  // "vaso" is a drinking glass in Spanish, a vase (or a pot) in Portuguese.
  es: new Set(['sale', 'salen', 'son', 'vaso', 'vasos', 'vas']),
  // "vas" is "you go" in Portuguese and Spanish, a vase in Indonesian.
  pt: new Set(['data', 'vas']),
  // A pan to cook with, not bread ("pan" is bread in Spanish only).
  en: new Set(['pan']),
};

/**
 * The notion term (`~ship`) a folded word names, if any; in `language` when given (see
 * `notInLanguage`).
 */
export function conceptOf(word: string, language?: Language): string | undefined {
  if (language && notInLanguage[language]?.has(word)) return undefined;
  const hit = exact.get(word);
  if (hit) return hit;
  for (const [prefix, term] of prefixes) if (word.startsWith(prefix)) return term;
  return undefined;
}
