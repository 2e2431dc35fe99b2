/** Services: laundry, printing, home services, catering, travel and courses. Part of the trade lexicon (see `../trade-notions.ts`). */
export const services: Record<string, string> = {
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
};
