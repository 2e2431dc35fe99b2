/**
 * Goods and services of twenty trades (florist, laundry, optical, furniture, pets,
 * bakery, grocery, fashion, phones, motorbikes, beauty, pharmacy, travel, courses,
 * catering, printing, toys, sports, jewellery, home services), each named in en/id/pt/es
 * with its chat spellings, so a customer's word meets its translation in a base of other
 * languages ("florero" → "vase", "bombom" → "cokelat"). Written from general knowledge
 * by an author who read no data set (ADR 0640): unlike the notions of `concepts.ts`, which
 * came from classes of dev misses, none was chosen to fit a set. Forms folded; a form that
 * is a common word of another meaning in one of the four languages was left out ("vaso" is
 * a drinking glass in Spanish, "tela" a screen in Portuguese). `concepts.ts` merges these
 * under its own notions where they overlap.
 */
export const tradeNotions: Record<string, string> = {
  // florist
  flower: 'flower flowers bunga kembang flor flores',
  vase: 'vase vases vas jambangan jarron jarrones florero floreros',
  bouquet:
    'bouquet bouquets buket boket ramalhete ramalhetes buque buques ramo ramos ramillete ramilletes',
  rose: 'roses mawar rosas roseira roseiras',
  orchid: 'orchid orchids anggrek orquidea orquideas',
  tulip: 'tulip tulips tulipa tulipas tulipan tulipanes',
  sunflower: 'sunflower sunflowers girassol girassois girasol girasoles',
  lily: 'lily lilies lili lirio lirios',
  carnation: 'carnation carnations anyelir clavel claveles',
  peony: 'peony peonies peoni peonia peonias',
  wreath:
    'wreath wreaths karanganbunga papanbunga bungapapan standingflower standingflowers guirlanda guirlandas guirnalda guirnaldas',
  plant: 'plant plants houseplant houseplants tanaman planta plantas',
  flowerpot: 'flowerpot flowerpots planter planters maceta macetas matera materas',
  seed: 'seed seeds benih bibit semente sementes semilla semillas',
  balloon: 'balloon balloons balon balao baloes globo globos',
  chocolate: 'chocolate chocolates coklat cokelat bombom bombons bombon bombones',
  greetingcard: 'greetingcard greetingcards notecard notecards kartuucapan ucapan',
  ribbon: 'ribbon ribbons pita fita fitas liston listones',
  giftwrap: 'giftwrap giftwrapping embrulho embrulhos papeldepresente',
  florist:
    'florist florists florista floristas floricultura floriculturas floreria florerias floristeria tokobunga',
  teddy:
    'teddy teddybear teddybears pelucia pelucias peluche peluches ursinho ursinhos osito ositos',

  // laundry and dry cleaning
  laundry: 'laundry laundries laundromat londri laundri lavanderia lavanderias',
  drycleaning:
    'drycleaning dryclean drycleaner drycleaners drycleaned cucikering lavagemaseco lavadoenseco tintoreria tintorerias tinturaria',
  stain: 'stain stains stained noda nodanya mancha manchas manchado manchada',
  bedsheet: 'bedsheet bedsheets sprei seprai seprei lencol lencois sabana sabanas',
  bedcover:
    'bedcover bedcovers duvet duvets comforter comforters quilt quilts edredom edredons edredon edredones',
  blanket:
    'blanket blankets selimut cobertor cobertores manta mantas cobija cobijas frazada frazadas',
  pillow: 'pillow pillows bantal travesseiro travesseiros almohada almohadas',
  pillowcase: 'pillowcase pillowcases sarungbantal fronha fronhas',
  curtain: 'curtain curtains gorden gordyn hordeng tirai cortina cortinas',
  carpet: 'carpet carpets rug rugs karpet permadani tapete tapetes alfombra alfombras',
  suit: 'suit suits tuxedo jas terno ternos traje trajes',
  blazer: 'blazer blazers',
  shoecleaning: 'shoecleaning sneakerclean sneakercare cucisepatu',
  detergent: 'detergent detergents deterjen detergen detergente detergentes',
  soap: 'soap soaps sabun sabao sabonete sabonetes jabon jabones',
  softener:
    'softener softeners fabricsoftener pelembut amaciante amaciantes suavizante suavizantes',
  shrink:
    'shrink shrinks shrank shrunk shrinking susut menyusut mengecil encolher encolheu encolhido encolhida encogio encoger encogido encogida',
  fade: 'fade faded fading luntur pudar desbotar desbotou desbotado desbotada destenir destenido destenida descolorido descolorida',
  pickup: 'pickup pickups jemput dijemput antarjemput penjemputan recogida recoleccion',
  ironing:
    'ironing ironed setrika setrikaan nyetrika disetrika planchado planchar planchada passadoria',
  bleach: 'bleach alvejante lejia lavandina cloro clorox',
  towel: 'towel towels handuk toalha toalhas toalla toallas',
  uniform: 'uniform uniforms seragam uniforme uniformes',
  wool: 'wool woolen woollen wol lana lanas',
  silk: 'silk silky sutra sutera seda sedas',
  leather: 'leather couro cuero cueros',
  zipper: 'zipper zippers resleting sleting risleting ziper zipers cremallera cremalleras',
  button: 'button buttons kancing botao botoes boton botones',
  hem: 'hem hemming hemmed keliman bainha bainhas dobladillo dobladillos',

  // optical
  glasses: 'glasses eyeglasses spectacles specs kacamata oculos anteojos gafas lentes',
  lens: 'lens lenses lensa lente',
  contactlens:
    'contactlens contactlenses softlens softlenses softlen kontaklens lentedecontato lentesdecontato lentedecontacto lentesdecontacto pupilentes lentilla lentillas',
  frame: 'frame frames armacao armacoes montura monturas armazon armazones',
  eyeexam:
    'eyeexam eyetest optometrist optometrists optometrista optometria refraksi periksamata examedavista examendelavista examenvisual',
  prescription: 'prescription prescriptions resep receita receitas receta recetas',
  myopia: 'myopia nearsighted shortsighted miopi miopia rabunjauh',
  astigmatism: 'astigmatism astigmatisme astigmatismo silinder',
  sunglasses: 'sunglasses shades kacamatahitam oculosdesol gafasdesol lentesdesol anteojosdesol',
  antiglare:
    'antiglare antireflective antireflection antireflex antireflexo antirreflexo antirreflejo antireflejo antisilau',
  bluelight: 'bluelight blueray bluecut luzazul',
  photochromic:
    'photochromic photochromatic transitions fotokromik fotocromatico fotocromaticos fotocromatica fotocromaticas',
  optician: 'optician opticians optical optik otica oticas optica opticas',
  glassescase: 'glassescase kotakkacamata estojo estojos estuche estuches',
  eyedrops: 'eyedrops tetesmata colirio colirios gotasoftalmicas',

  // furniture
  sofa: 'sofa sofas couch couches settee',
  armchair: 'armchair armchairs poltrona poltronas sillon sillones butaca butacas',
  sofabed: 'sofabed sofabeds sofacama futon futons',
  table: 'table tables meja mesa mesas',
  chair: 'chair chairs kursi cadeira cadeiras silla sillas',
  wardrobe:
    'wardrobe wardrobes closet closets cupboard cupboards cabinet cabinets lemari almari guardaroupa guardaroupas roupeiro armario armarios ropero roperos',
  bed: 'bed beds bedframe bedframes ranjang dipan divan tempattidur cama camas',
  extrabed: 'extrabed camaextra',
  mattress: 'mattress mattresses kasur springbed colchao colchoes colchon colchones',
  assembly:
    'assembly assemble assembled assembling rakit merakit perakitan dirakit montagem montar montado montada armado armar ensamblaje ensamblar montaje',
  installation:
    'install installation installed installing instalasi pemasangan dipasang instalacao instalar instalado instalada instalacion',
  wood: 'wood wooden kayu madeira madera maderas',
  teak: 'teak jati teca',
  rattan: 'rattan rotan vime mimbre',
  fabric: 'fabric fabrics cloth textile textiles kain tecido tecidos tejido tejidos',
  cotton: 'cotton katun kapas algodao algodon',
  linen: 'linen linho lino',
  polyester: 'polyester poliester',
  denim: 'denim jeans jins mezclilla',
  velvet: 'velvet beludru veludo terciopelo',
  drawer: 'drawer drawers laci gaveta gavetas cajon cajones',
  shelf:
    'shelf shelves bookshelf bookshelves rak prateleira prateleiras estante estantes repisa repisas',
  desk: 'desk desks mejakerja escrivaninha escrivaninhas',
  cushion: 'cushion cushions almofada almofadas cojin cojines',
  lamp: 'lamp lamps lampu luminaria luminarias lampara lamparas abajur abajures',
  mirror: 'mirror mirrors cermin espelho espelhos espejo espejos',
  upholstery: 'upholstery reupholster reupholstery tapiceria tapizado tapizar estofamento',
  kitchenset: 'kitchenset kitchensets',

  // pets
  dog: 'dog dogs puppy puppies doggy anjing cachorro cachorros cao caes cadela perro perros perrito perritos cachorrito cachorritos',
  cat: 'cat cats kitten kittens kitty kucing gato gatos gatinho gatinhos gatito gatitos',
  petfood: 'kibble kibbles petfood dogfood catfood makanankucing makanananjing pakan racao racoes',
  litter: 'litter litterbox catlitter pasirkucing areiahigienica arenero areneros',
  grooming: 'grooming groomer groomers banhoetosa tosa peluqueriacanina',
  vaccine:
    'vaccine vaccines vaccination vaccinated vaksin vaksinasi vacina vacinas vacinacao vacinado vacuna vacunas vacunacion vacunado',
  petboarding: 'petboarding pethotel penitipan hotelcanino hospedagempet',
  vet: 'vet vets veterinarian veterinarians veterinary dokterhewan veteriner veterinario veterinaria veterinarios veterinarias',
  leash: 'leash leashes correa correas trailla traillas',
  petcollar: 'petcollar coleira coleiras kalunganjing',
  cage: 'cage cages kandang sangkar gaiola gaiolas jaula jaulas',
  bird: 'bird birds burung passaro passaros ave aves pajaro pajaros',
  fish: 'fish fishes ikan peixe peixes pescado pez peces',
  hamster: 'hamster hamsters',
  rabbit: 'rabbit rabbits bunny kelinci coelho coelhos conejo conejos',
  flea: 'flea fleas kutu pulga pulgas',
  tick: 'ticks caplak carrapato carrapatos garrapata garrapatas',
  deworming:
    'deworm deworming dewormer obatcacing vermifugo vermifugos vermifugacao desparasitar desparasitante desparasitacion',
  neuter:
    'neuter neutered spay spayed castration kebiri castrasi castracao castrar castrado castrada castracion',
  aquarium: 'aquarium aquariums akuarium aquario aquarios acuario acuarios',
  petshop: 'petshop petshops petstore tokohewan',

  // bakery and cakes
  cookie:
    'cookie cookies biscuit biscuits biskuit kukis kuekering biscoito biscoitos bolacha bolachas galleta galletas galletita galletitas',
  pastry: 'pastry pastries patisserie viennoiserie bolleria pastelaria',
  croissant: 'croissant croissants croasan cruasan',
  cupcake: 'cupcake cupcakes muffin muffins magdalena magdalenas',
  donut: 'donut donuts doughnut doughnuts donat rosquinha rosquinhas rosquilla rosquillas',
  brownie: 'brownie brownies',
  tart: 'tart tarts tartlet tartlets tartaleta tartaletas quiche quiches',
  cheesecake: 'cheesecake cheesecakes',
  candle: 'candle candles lilin vela velas velinha velinhas',
  topper: 'topper toppers caketopper',
  gluten: 'gluten glutenfree singluten semgluten celiac celiaco celiaca',
  egg: 'egg eggs telur telor ovo ovos huevo huevos',
  sugar: 'sugar sugarfree gula acucar azucar sinazucar semacucar',
  flour: 'flour tepung farinha harina',
  butter: 'butter buttery mentega manteiga mantequilla',
  cream: 'cream creams krim creme cremes crema cremas',
  whippedcream: 'whippedcream chantilly chantili nata',
  frosting: 'frosting icing buttercream fondant glaseado',
  dessert: 'dessert desserts sobremesa sobremesas postre postres',
  vegan: 'vegan vegans vegano vegana veganos veganas',
  lactose: 'lactose lactosefree laktosa lactosa semlactose sinlactosa',
  dairy: 'dairy lacteos laticinios',
  vanilla: 'vanilla vanila baunilha vainilla',
  strawberry: 'strawberry strawberries stroberi morango morangos fresa fresas frutilla frutillas',
  cheese: 'cheese keju queijo queijos queso quesos',
  bakery: 'bakery bakeries bakeshop padaria padarias panaderia panaderias',

  // grocery
  vegetable:
    'vegetable vegetables veggie veggies sayur sayuran legume legumes verdura verduras hortaliza hortalizas vegetais vegetales',
  fruit: 'fruit fruits buah buahbuahan fruta frutas',
  meat: 'meat meats daging carne carnes',
  beef: 'beef sapi dagingsapi',
  steak: 'steak steaks bistik bife bifes bistec bistecs',
  chicken: 'chicken chickens ayam frango frangos galinha pollo pollos',
  shrimp: 'shrimp shrimps prawn prawns udang camarao camaroes camaron camarones gamba gambas',
  pork: 'pork babi porco cerdo puerco',
  lamb: 'lamb mutton kambing domba cordeiro carneiro cordero borrego',
  sausage: 'sausage sausages sosis linguica salsicha salsichas salchicha salchichas chorizo',
  rice: 'rice beras nasi arroz',
  milk: 'milk susu leite leche',
  frozen: 'frozen frozenfood beku dibekukan congelado congelada congelados congeladas',
  organic: 'organic organik organico organica organicos organicas',
  noodle: 'noodle noodles mie bakmi fideo fideos',
  spaghetti: 'spaghetti espagueti macaroni macarrao macarrones',
  salt: 'salt garam sal',
  tofu: 'tofu',
  tempeh: 'tempeh tempe',
  coffee: 'coffee kopi cafe cafes',
  tea: 'tea teas teh cha',
  mineralwater: 'mineralwater airmineral aguamineral',
  juice: 'juice juices jus suco sucos jugo jugos zumo zumos',
  snack: 'snack snacks camilan cemilan jajanan salgadinho salgadinhos botana botanas',
  spice: 'spice spices bumbu rempah tempero temperos especia especias condimento condimentos',
  canned: 'canned kalengan enlatado enlatados enlatada enlatadas',
  banana: 'banana bananas pisang platano platanos',
  mango: 'mango mangoes mangos mangga',
  avocado: 'avocado avocados alpukat abacate abacates aguacate aguacates palta paltas',
  tomato: 'tomato tomatoes tomat tomate tomates',
  potato: 'potato potatoes kentang batata batatas patata patatas',
  onion: 'onion onions bawang cebola cebolas cebolla cebollas',
  garlic: 'garlic alho ajo',
  chili: 'chili chilli chilies chillies cabai chiles jalapeno jalapenos',

  // fashion and modest wear
  hijab: 'hijab hijabs jilbab kerudung tudung',
  veil: 'veil veils cadar niqab niqabs veu veus velo',
  abaya: 'abaya abayas gamis jubah kaftan kaftans caftan caftans',
  tunic: 'tunic tunics tunik tunica tunicas',
  mukena: 'mukena telekung',
  sarong: 'sarong sarongs sarung',
  batik: 'batik',
  shawl:
    'shawl shawls scarf scarves pashmina selendang syal xale xales echarpe chal chales bufanda bufandas',
  skirt: 'skirt skirts rok saia saias falda faldas pollera polleras',
  blouse: 'blouse blouses blus blusa blusas',
  tshirt: 'tshirt tshirts tee tees kaos kaus camiseta camisetas remera remeras playera playeras',
  shorts: 'shorts shortinho celanapendek bermuda bermudas',
  sweater: 'sweater sweaters pullover sweter sueter sueteres chompa chompas',
  hoodie: 'hoodie hoodies hoody sudadera sudaderas moletom moletons',
  tailor:
    'tailor tailors tailoring tailormade penjahit alfaiate alfaiates alfaiataria costureira costureiras sastre sastres sastreria modista modistas costurera costureras',
  sewing: 'sew sewing sewn jahit menjahit dijahit jahitan costura costurar coser cosido cosida',
  alteration: 'alteration alterations permak vermak',
  underwear:
    'underwear undies panties boxer boxers celanadalam cueca cuecas calcinha calcinhas bragas calzon calzones calzoncillo calzoncillos',
  bra: 'bra bras bralette sutia sutias brasier brasieres',
  socks: 'sock socks kaoskaki kauskaki meias calcetin calcetines',
  pajamas: 'pajamas pyjamas pajama piyama piama pijama pijamas',
  swimsuit:
    'swimsuit swimsuits swimwear bikini bikinis biquini biquinis bajurenang banador banadores',
  sleeve: 'sleeve sleeves sleeveless longsleeve shortsleeve lenganpanjang lenganpendek',
  hat: 'hat hats cap caps topi chapeu chapeus gorra gorras sombrero sombreros gorro gorros',
  bag: 'bag bags handbag handbags tas bolsa bolsas bolso bolsos',
  wallet: 'wallet wallets dompet carteira carteiras billetera billeteras cartera carteras',
  belt: 'belt belts ikatpinggang sabuk cinto cintos cinturon cinturones',
  sandal: 'sandal sandals sendal sandalia sandalias',
  flipflops:
    'flipflop flipflops sandaljepit chinelo chinelos chancla chanclas chancleta chancletas ojotas havaianas',
  boots: 'boot boots sepatubot botas',
  heels: 'heels highheels stiletto stilettos tacon tacones saltoalto',
  embroidery: 'embroidery embroidered bordir bordiran bordado bordados bordar',

  // electronics and phones
  phone:
    'phone phones smartphone smartphones handphone ponsel hape celular celulares telemovel movil moviles',
  charger: 'charger chargers charging carregador carregadores cargador cargadores',
  cable: 'cable cables kabel cabo cabos',
  usb: 'usb usbc typec',
  screen: 'screen screens layar lcd display pantalla pantallas ecra telinha',
  phonecase:
    'phonecase phonecases casing softcase hardcase capinha capinhas funda fundas carcasa carcasas',
  screenprotector: 'screenprotector screenguard temperedglass antigores mica micas',
  earphones:
    'earphone earphones earbud earbuds headphone headphones headset headsets tws fonedeouvido fonesdeouvido auricular auriculares audifono audifonos',
  repair:
    'repair repairs repaired repairing perbaikan diperbaiki reparo reparos conserto consertos consertar reparacion reparaciones',
  laptop: 'laptop laptops notebook notebooks portatil portatiles',
  tablet: 'tablet tablets ipad ipads tableta tabletas',
  watch: 'watch watches wristwatch jamtangan arloji relogio relogios reloj relojes',
  smartwatch: 'smartwatch smartwatches smartband',
  speaker: 'speaker speakers altavoz altavoces bocina bocinas parlante parlantes caixadesom',
  powerbank: 'powerbank powerbanks bateriaexterna cargadorportatil',
  memorycard: 'memorycard sdcard microsd kartumemori cartaodememoria',
  keyboard: 'keyboard keyboards teclado teclados',
  camera: 'camera cameras kamera camara camaras',
  television: 'television televisions televisi televisao televisor televisores smarttv',
  router: 'router routers modem modems roteador roteadores enrutador',
  console:
    'console consoles consola consolas playstation videogame videogames videojuego videojuegos',
  simcard: 'simcard simcards esim kartuperdana',

  // motorbike and car parts
  motorbike:
    'motorbike motorbikes motorcycle motorcycles scooter scooters moto motos motocicleta motocicletas',
  car: 'car cars mobil carro carros coche coches auto autos automovel automovil',
  oilchange: 'oilchange gantioli trocadeoleo cambiodeaceite',
  brake: 'brake brakes brakepad brakepads rem kampasrem freio freios freno frenos',
  maintenance: 'maintenance servicing tuneup servis manutencao revisao mantenimiento afinacion',
  sparkplug: 'sparkplug sparkplugs busi bujia bujias',
  chain: 'chain chains rantai cadena cadenas correntinha',
  clutch: 'clutch kopling embreagem embrague',
  windshield: 'windshield windscreen kacadepan parabrisa parabrisas',
  wiper: 'wiper wipers limpiaparabrisas escobilla escobillas palheta palhetas',
  headlight: 'headlight headlights lampudepan farol farois faro faros',
  exhaust: 'exhaust muffler knalpot escapamento escapamentos mofle silenciador',
  shockabsorber:
    'shockabsorber shockabsorbers shockbreaker amortecedor amortecedores amortiguador amortiguadores',
  radiator: 'radiator radiators radiador radiadores coolant',
  filter: 'filter filters saringan filtro filtros',
  towing: 'towing towtruck derek guincho reboque grua gruas remolque',
  paint: 'paint painting repaint pengecatan pintura pinturas pintar',
  wheel: 'wheel wheels rim rims velg pelek roda rodas rueda ruedas',
  seat: 'seat seats jok assento assentos asiento asientos',
  mechanic:
    'mechanic mechanics garage bengkel montir mekanik mecanico mecanicos oficinamecanica tallermecanico',

  // beauty and skincare
  serum: 'serum serums',
  sunscreen:
    'sunscreen sunscreens sunblock suncream spf tabirsurya protetorsolar protectorsolar bloqueador bloqueadores filtrosolar',
  moisturizer:
    'moisturizer moisturizers moisturiser moisturisers moisturizing moisturising pelembap pelembab hidratante hidratantes',
  acne: 'acne pimple pimples zit zits jerawat berjerawat breakout breakouts espinha espinhas espinilla espinillas',
  blackhead: 'blackhead blackheads komedo cravo cravos puntonegro puntosnegros',
  darkspot: 'darkspot darkspots flek hiperpigmentasi hyperpigmentation melasma',
  wrinkle: 'wrinkle wrinkles antiaging kerutan keriput ruga rugas arruga arrugas',
  facial: 'facial facials limpezadepele limpiezafacial tratamientofacial',
  nail: 'nail nails kuku unha unhas',
  manicure: 'manicure manicures pedicure pedicures manikur pedikur manicura pedicura manicuro',
  nailpolish: 'nailpolish kutek esmalte esmaltes',
  nailart: 'nailart',
  haircut: 'haircut haircuts potongrambut cortedecabelo cortedepelo',
  hair: 'hair rambut cabelo cabelos cabello cabellos',
  salon: 'salon salons salao saloes peluqueria peluquerias cabeleireiro cabeleireira cabeleireiros',
  barber:
    'barber barbers barbershop barbearia barbearias barberia barberias tukangcukur pangkasrambut',
  makeup: 'makeup makeups mekap riasan maquiagem maquillaje',
  lipstick:
    'lipstick lipsticks lipstik lipcream lipmatte lipgloss batom batons labial labiales pintalabios',
  mascara: 'mascara mascaras maskara rimel rimmel',
  powder: 'powder powders bedak loosepowder',
  eyelash:
    'eyelash eyelashes lashes lash bulumata cilios pestanas eyelashextension extensiondepestanas',
  eyebrow: 'eyebrow eyebrows brow brows alis sobrancelha sobrancelhas ceja cejas',
  waxing: 'waxing wax waxed depilasi depilacao depilacion depilar',
  toner: 'toner toners tonico tonicos',
  cleanser:
    'cleanser cleansers cleansing facewash facialwash micellar sabunmuka sabonetefacial limpiador limpiadores',
  perfume: 'perfume perfumes parfum parfume fragrance fragrances minyakwangi',
  deodorant: 'deodorant deodorants antiperspirant deodoran desodorante desodorantes',
  shampoo: 'shampoo shampoos sampo syampu xampu champu champus',
  conditioner:
    'conditioner conditioners kondisioner condicionador condicionadores acondicionador acondicionadores',
  hairdye: 'hairdye haircolor haircolour dye dyed dyeing semir tinte tintes tintura coloracao',
  keratin: 'keratin keratina smoothing rebonding alisamento alisado',
  massage: 'massage massages pijat urut massagem massagens masaje masajes',
  spa: 'spa spas',
  whitening:
    'whitening brightening pencerah pemutih clareamento clareador blanqueamiento aclarante',
  retinol: 'retinol retinoid retinoids',
  niacinamide: 'niacinamide niacinamida',
  hyaluronic: 'hyaluronic hialuronat hialuronico',
  botox: 'botox',
  filler: 'filler fillers preenchimento',
  laser: 'laser lasers',
  peeling: 'peeling chemicalpeel',

  // pharmacy
  medicine:
    'medicine medicines medication medications meds obat obatan remedio remedios medicamento medicamentos medicina medicinas',
  pharmacy: 'pharmacy pharmacies drugstore apotek apotik farmacia farmacias drogaria drogarias',
  vitamin: 'vitamin vitamins multivitamin multivitamins vitamina vitaminas',
  supplement: 'supplement supplements suplemen suplemento suplementos',
  mask: 'mask masks facemask masker cubrebocas tapabocas barbijo barbijos mascarilla mascarillas',
  thermometer: 'thermometer thermometers termometer termometro termometros',
  painkiller: 'painkiller painkillers analgesic analgesics analgesik analgesico analgesicos',
  paracetamol: 'paracetamol acetaminophen acetaminofen parasetamol ibuprofen ibuprofeno',
  antibiotic: 'antibiotic antibiotics antibiotik antibiotico antibioticos',
  pill: 'pill pills capsule capsules kapsul comprimido comprimidos pastilla pastillas capsula capsulas',
  cough: 'cough batuk tosse tos',
  syrup: 'syrup syrups sirup sirop xarope xaropes jarabe jarabes',
  bandage:
    'bandage bandages bandaid bandaids perban plester curativo curativos vendaje vendajes curita curitas tirita tiritas',
  ointment: 'ointment ointments salep pomada pomadas unguento unguentos',
  bloodpressure: 'bloodpressure tensimeter tensiometer tensiometro tensiometros esfigmomanometro',
  inhaler: 'inhaler inhalers inalador inaladores inhalador inhaladores',
  insulin: 'insulin insulina',
  fever: 'fever demam febre fiebre',
  headache:
    'headache headaches sakitkepala pusing dordecabeca dolordecabeza jaqueca migraine migrana',
  allergy: 'allergy allergies allergic alergi alergia alergias alergico alergica',
  diarrhea: 'diarrhea diarrhoea diare diarreia diarrea',
  flu: 'flu influenza pilek selesma resfriado resfriados gripa',
  sanitizer: 'sanitizer sanitiser handsanitizer antiseptic antiseptik alcoolemgel gelantibacterial',
  alcohol: 'alcohol alkohol alcool',
  wheelchair: 'wheelchair wheelchairs kursiroda cadeiraderodas silladeruedas',

  // travel and hotel
  room: 'room rooms kamar quarto quartos habitacion habitaciones cuarto cuartos',
  booking:
    'booking bookings booked reservation reservations reserve reservasi reserva reservas reservar reservado reservada reservacion reservaciones',
  checkin: 'checkin checkedin cekin',
  breakfast: 'breakfast breakfasts sarapan cafedamanha desayuno desayunos',
  pool: 'pool pools swimmingpool kolam kolamrenang piscina piscinas alberca albercas pileta piletas',
  airporttransfer: 'airporttransfer shuttle shuttles antarjemputbandara traslado traslados',
  airport: 'airport airports bandara aeroporto aeroportos aeropuerto aeropuertos',
  tour: 'tour tours touring tur wisata excursion excursions excursao excursoes excursiones passeio passeios',
  hotel: 'hotel hotels hoteis hoteles penginapan hospedaje hospedagem',
  villa: 'villa villas',
  apartment: 'apartment apartments apartemen apartamento apartamentos',
  hostel: 'hostel hostels hostal hostales albergue albergues',
  tourguide: 'tourguide tourguides pemandu pemanduwisata guiaturistico',
  flight: 'flight flights penerbangan voo voos vuelo vuelos',
  ticket:
    'ticket tickets tiket bilhete bilhetes ingresso ingressos pasaje pasajes passagem passagens',
  passport: 'passport passports paspor passaporte passaportes pasaporte pasaportes',
  luggage:
    'luggage baggage suitcase suitcases bagasi koper bagagem bagagens equipaje equipajes maleta maletas valija valijas',
  wifi: 'wifi',
  parking: 'parking parkir estacionamento estacionamiento parqueadero aparcamiento',
  balcony: 'balcony balconies balkon varanda varandas balcon balcones sacada sacadas',
  rental:
    'rental rentals rent rented sewa menyewa disewa rentcar aluguel alugar alugado alquiler alquilar alquilado arriendo',
  cruise: 'cruise cruises cruzeiro cruzeiros crucero cruceros kapalpesiar',

  // courses and classes
  class: 'class classes kelas aula aulas clase clases',
  course: 'course courses kursus curso cursos',
  certificate:
    'certificate certificates certification certified sertifikat sertifikasi certificado certificados certificacion certificacao',
  teacher:
    'teacher teachers instructor instructors guru pengajar instruktur professor professora professores profe profesor profesora profesores maestro maestra maestros instrutor instrutora instructora',
  tutor: 'tutor tutors tutoring bimbel tutoria tutorias',
  student:
    'student students murid siswa pelajar mahasiswa aluno alunos aluna alumno alumnos alumna estudiante estudiantes estudante estudantes',
  exam: 'exam exams examination ujian prova provas examen examenes',
  workshop: 'workshop workshops lokakarya',
  seminar: 'seminar seminars webinar webinars seminario seminarios',
  books: 'books textbook textbooks ebook ebooks buku livro livros libro libros',
  enrollment:
    'enroll enrol enrollment enrolment pendaftaran inscricao inscricoes inscripcion inscripciones',
  music: 'music musik musica',
  piano: 'piano pianos',
  guitar: 'guitar guitars gitar violao violoes guitarra guitarras',
  swimming: 'swimming renang natacao natacion',
  drivingschool: 'drivingschool autoescola autoescuela kursusmengemudi',
  coding: 'coding programming pemrograman programacao programacion',
  math: 'math maths mathematics matematika matematica matematicas',

  // catering and restaurant
  menu: 'menu menus cardapio cardapios',
  portion: 'portion portions porsi porcao porcoes porcion porciones racion raciones',
  boxlunch:
    'boxlunch lunchbox lunchboxes nasibox nasikotak marmita marmitas marmitex vianda viandas',
  buffet: 'buffet buffets prasmanan bufe bufet',
  catering: 'catering caterer caterers katering ketering',
  spicy: 'spicy pedas picante picantes apimentado apimentada',
  vegetarian: 'vegetarian vegetarians vegetariano vegetariana vegetarianos vegetarianas',
  lunch: 'lunch makansiang almoco almuerzo almuerzos',
  dinner: 'dinner makanmalam jantar',
  drink: 'drink drinks beverage beverages minuman bebida bebidas',
  takeaway: 'takeaway takeout bungkus dibungkus paraviagem paralevar',
  chef: 'chef chefs koki cocinero cocinera cozinheiro cozinheira',
  seafood: 'seafood makananlaut frutosdomar marisco mariscos',
  salad: 'salad salads salada saladas ensalada ensaladas',
  soup: 'soup soups sop sopa sopas',
  sandwich: 'sandwich sandwiches sanduiche sanduiches sanduche emparedado',
  pizza: 'pizza pizzas',
  burger: 'burger burgers hamburger hamburgers hamburguer hamburgueres hamburguesa hamburguesas',
  sauce: 'sauce sauces saus molho molhos salsa salsas',
  sambal: 'sambal',
  cutlery: 'cutlery talheres',
  waiter:
    'waiter waiters waitress pelayan garcom garcons garconete mesero meseros mesera camarero camarera',
  bento: 'bento bentos',

  // printing
  print:
    'print prints printing printed cetak mencetak dicetak cetakan impressao impressoes imprimir impresso impressa impresion impresiones impreso impresa',
  printer: 'printer printers impressora impressoras impresora impresoras',
  banner:
    'banner banners spanduk baliho xbanner rollbanner lona lonas pendon pendones pancarta pancartas',
  sticker:
    'sticker stickers stiker setiker adesivo adesivos pegatina pegatinas calcomania calcomanias',
  label: 'label labels etiket etiqueta etiquetas',
  businesscard:
    'businesscard businesscards namecard namecards kartunama cartaodevisita cartoesdevisita tarjetadepresentacion tarjetasdepresentacion',
  paper: 'paper papers kertas papel papeles',
  flyer:
    'flyer flyers flier leaflet leaflets brosur brochure brochures panfleto panfletos folheto folhetos folleto folletos',
  poster: 'poster posters cartaz cartazes cartel carteles afiche afiches',
  photocopy: 'photocopy photocopies photocopying fotokopi fotocopi fotocopia fotocopias xerox',
  binding:
    'binding jilid jilidan penjilidan encadernacao encadernar encuadernacion encuadernado anillado',
  laminate:
    'laminate laminating laminated laminasi plastificacao plastificar plastificado laminado enmicado',
  invitation: 'invitation invitations undangan convite convites invitacion invitaciones',
  mug: 'mug mugs caneca canecas tazon tazones',
  cup: 'cup cups cangkir xicara xicaras taza tazas',
  screenprinting: 'screenprinting sablon serigrafia silkscreen',
  ink: 'ink inks tinta tintas',
  stamp: 'stamp stamps stempel carimbo carimbos sello sellos',
  envelope: 'envelope envelopes amplop',
  calendar: 'calendar calendars kalender calendario calendarios',
  design: 'design designs designer desain desainer diseno disenos disenador',

  // toys and baby
  toy: 'toy toys mainan brinquedo brinquedos juguete juguetes',
  doll: 'doll dolls boneka boneca bonecas muneca munecas',
  puzzle: 'puzzle puzzles quebracabeca quebracabecas rompecabezas',
  boardgame: 'boardgame boardgames jogodetabuleiro juegodemesa',
  stroller:
    'stroller strollers pram keretabayi carrinhodebebe carriola carriolas carreola carreolas cochecito cochecitos',
  diaper: 'diaper diapers nappy nappies popok pampers fralda fraldas panal panales',
  babybottle:
    'babybottle feedingbottle botolsusu mamadeira mamadeiras biberon biberones mamila tetero teteros',
  pacifier: 'pacifier pacifiers dummy empeng chupeta chupetas chupete chupetes',
  carseat: 'carseat carseats babyseat cadeirinha cadeirinhas silladeauto autoasiento',
  crib: 'crib cribs cot cots boxbayi berco bercos cuna cunas',
  babycarrier: 'babycarrier gendongan sling slings canguru portabebe portabebes',
  wipes: 'wipes wetwipes babywipes tisubasah lencoumedecido lencosumedecidos toallitas',
  tissue: 'tissue tissues tisu kleenex',
  onesie: 'onesie onesies romper rompers bodysuit bodysuits mameluco mamelucos pelele peleles',
  baby: 'baby babies bayi bebe bebes nene nenes',
  highchair: 'highchair highchairs trona tronas periquera',

  // sports
  shoe: 'shoe shoes sepatu sapato sapatos zapato zapatos',
  sneakers: 'sneaker sneakers trainers tenis zapatilla zapatillas',
  ball: 'ball balls bola bolas pelota pelotas',
  gym: 'gym gyms fitness gimnasio gimnasios',
  membership: 'membership memberships member members keanggotaan membresia membresias',
  bicycle: 'bicycle bicycles bike bikes cycling sepeda gowes bicicleta bicicletas bici bicis',
  yoga: 'yoga pilates',
  yogamat: 'yogamat yogamats matras esterilla esterillas colchoneta colchonetas',
  racket: 'racket rackets racquet raket raquete raquetes raqueta raquetas',
  badminton: 'badminton bulutangkis shuttlecock shuttlecocks',
  jersey: 'jersey jerseys',
  dumbbell: 'dumbbell dumbbells barbell barbells halter haltere halteres mancuerna mancuernas',
  treadmill: 'treadmill treadmills esteira esteiras caminadora caminadoras',
  football: 'football soccer sepakbola futebol futbol futsal',
  basketball: 'basketball basquete basquetebol baloncesto basquetbol basquet',
  goggles: 'goggles kacamatarenang oculosdenatacao gafasdenatacion',
  coach:
    'coach coaches personaltrainer pelatih treinador treinadora treinadores entrenador entrenadora entrenadores',
  fishing: 'fishing fishingrod pancing memancing joran pesca pescaria canadepescar',
  tent: 'tent tents tenda tendas barraca barracas carpa carpas',
  skateboard: 'skateboard skateboards skate patineta patinetas',
  kickscooter: 'kickscooter patinete patinetes monopatin monopatines otoped',
  golf: 'golf',
  gloves: 'glove gloves sarungtangan luva luvas guante guantes',
  protein: 'protein whey wheyprotein proteina proteinas',

  // jewelry
  ring: 'ring rings cincin anel aneis anillo anillos sortija sortijas',
  necklace: 'necklace necklaces kalung colar colares collar collares gargantilla gargantillas',
  gold: 'gold golden emas ouro oro',
  silver: 'silver perak prata plata',
  engraving:
    'engraving engrave engraved engraver ukir ukiran grafir grafiran gravacao gravado gravada grabado grabada grabados',
  earring: 'earring earrings anting brinco brincos arete aretes zarcillo zarcillos',
  bracelet: 'bracelet bracelets gelang pulseira pulseiras pulsera pulseras brazalete brazaletes',
  diamond: 'diamond diamonds berlian intan diamante diamantes',
  pendant: 'pendant pendants liontin pingente pingentes colgante colgantes',
  carat: 'carat carats karat kilate kilates quilate quilates',
  jewelry:
    'jewelry jewellery jeweler jewelers jeweller perhiasan joia joias joalheria joyeria joyerias joya joyas',
  pearl: 'pearl pearls mutiara perola perolas perla perlas',
  platinum: 'platinum platina platino',
  gemstone: 'gemstone gemstones gem gems permata batupermata pedrapreciosa piedrapreciosa',

  // home services
  cleaning:
    'cleaning cleaner cleaners housekeeping kebersihan bersihbersih limpeza limpezas faxina faxineira diarista limpieza limpiezas aseo',
  plumber:
    'plumber plumbers plumbing tukangledeng ledeng encanador encanadores encanamento fontanero fontaneros fontaneria plomero plomeros plomeria',
  pipe: 'pipe pipes piping cano canos tuberia tuberias',
  leak: 'leak leaks leaking leaky bocor kebocoran vazamento vazamentos vazando gotera goteras goteira goteiras',
  clogged:
    'clogged clog clogs mampet mampat tersumbat entupido entupida entupimento desentupir atascado atascada desatascar destapar',
  airconditioner:
    'airconditioner airconditioners airconditioning aircon aircond arcondicionado aireacondicionado minisplit acservice servisac cuciac',
  pestcontrol:
    'pestcontrol pest pests exterminator fumigation fumigasi dedetizacao dedetizar dedetizadora fumigacion fumigar',
  termite: 'termite termites rayap cupim cupins termita termitas comejen',
  cockroach: 'cockroach cockroaches roach roaches kecoa cucaracha cucarachas',
  rat: 'rat rats mice rodent rodents tikus roedor roedores raton ratones ratazana ratazanas',
  mosquito: 'mosquito mosquitoes mosquitos nyamuk pernilongo pernilongos zancudo zancudos',
  electrician:
    'electrician electricians tukanglistrik eletricista eletricistas electricista electricistas',
  painter: 'painter painters tukangcat pintor pintores',
  handyman: 'handyman handymen',
  locksmith: 'locksmith locksmiths tukangkunci chaveiro chaveiros cerrajero cerrajeros cerrajeria',
  gardener:
    'gardener gardeners gardening tukangkebun jardinagem jardineiro jardineira jardinero jardinera jardineria',
  waterheater:
    'waterheater heater heaters pemanasair aquecedor aquecedores calentador calentadores calefon boiler boilers',
  washingmachine: 'washingmachine washer mesincuci maquinadelavar lavadora lavadoras lavarropas',
  fridge:
    'fridge fridges refrigerator refrigerators kulkas geladeira geladeiras refrigerador refrigeradores nevera neveras heladera heladeras frigorifico',
  fan: 'fan fans kipas ventilador ventiladores',
  moving: 'movers moving pindahan mudanza mudanzas',
  roof: 'roof roofs atap telhado telhados techo techos tejado tejados',
  tile: 'tile tiles keramik ubin azulejo azulejos baldosa baldosas porcelanato',
  cctv: 'cctv',
  maid: 'maid maids housemaid pembantu empregada empregadas domestica domesticas sirvienta',
  babysitter: 'babysitter babysitters nanny nannies pengasuh ninera nineras',
};
