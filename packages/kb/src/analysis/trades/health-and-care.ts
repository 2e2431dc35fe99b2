/** Health and care: opticians, pharmacies, beauty and skincare, pets. Part of the trade lexicon (see `../trade-notions.ts`). */
export const healthAndCare: Record<string, string> = {
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
};
