/** Devices, vehicles and sport: phones and electronics, motorbike and car parts, sports. Part of the trade lexicon (see `../trade-notions.ts`). */
export const devicesAndVehicles: Record<string, string> = {
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
};
