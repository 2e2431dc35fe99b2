import type { Language } from '../types.js';

/**
 * Generic messages a business chat receives that no shop's FAQ answers: weather, jokes,
 * politics, recipes, homework, sport, health, other businesses' services (banks,
 * airlines, clinics, phone plans, taxis), personal chat. Written from general knowledge
 * of chat in each language, product-owned and the same for every base; calibration
 * (`calibrate.ts`) reads the scores a base gives them as what out of scope looks like
 * for that base. One message a line. Some share a word with many shops on purpose
 * ("pay my electricity bill", "order a taxi"): unseen questions do.
 */
export const offDomainMessages: Record<Language, string> = {
  en: `what will the weather be like this weekend
is it going to rain later
tell me a joke
tell me something funny
who won the election
what do you think about the president
how do i make banana bread
whats a good recipe for chicken curry
how long do i boil an egg
can you help with my math homework
what is the square root of 144
solve 2x + 5 = 17
who wrote romeo and juliet
what is the capital of australia
translate good morning into french
how do i open a bank account
my credit card was blocked by the bank
how do i pay my electricity bill
i want to book a flight to tokyo
is my flight delayed
can i get a doctor appointment tomorrow
what medicine should i take for a headache
how do i lose weight fast
how do i top up my phone credit
which mobile plan has the most data
call me a taxi please
how do i renew my passport
when is the tax deadline
how do i get a driving license
who is playing in the football final
what was the score of the game last night
recommend a good movie to watch
what song is number one right now
are you a real person or a bot
whats your name
how old are you
do you have a girlfriend
i am so bored talk to me
i feel sad today
what is the meaning of life
how do i fix my wifi router
my computer keeps freezing
how do i learn python
is bitcoin going up
what lottery numbers should i pick
where is the nearest hospital
how much does a dog cost to adopt
how do i get rid of ants in the kitchen
what time is the sunset today
good luck with your exams
can you write my essay about climate change
how do i cancel my gym membership
my neighbour is too noisy what can i do`,
  id: `cuaca hari ini gimana
nanti sore hujan nggak ya
ceritain lelucon dong
kasih tebak tebakan lucu
siapa yang menang pemilu
pendapat kamu soal presiden gimana
resep rendang yang enak gimana
cara bikin nasi goreng
berapa lama rebus telur
bantuin pr matematika dong
akar dari 144 berapa
ibukota australia apa
terjemahin selamat pagi ke bahasa inggris
cara buka rekening bank
kartu atm saya keblokir
cara bayar tagihan listrik
mau pesan tiket pesawat ke jakarta
pesawat saya delay ga
mau daftar berobat ke dokter besok
obat sakit kepala apa ya
cara cepat turun berat badan
cara isi pulsa
paket data yang paling murah apa
pesenin ojek dong
cara perpanjang paspor
kapan batas lapor pajak
cara bikin sim
siapa yang main di final bola
skor pertandingan semalam berapa
rekomendasi film bagus dong
lagu yang lagi viral apa
kamu orang beneran atau bot
nama kamu siapa
umur kamu berapa
kamu udah punya pacar belum
aku lagi bosen temenin ngobrol
hari ini aku sedih banget
arti hidup itu apa
wifi di rumah lemot gimana benerinnya
laptop saya sering hang
cara belajar coding dari nol
harga bitcoin naik ga
nomor togel yang bagus berapa
rumah sakit terdekat dimana
cara usir semut di dapur
jam berapa maghrib hari ini
tolong bikinin makalah tentang pemanasan global
cara berhenti langganan gym
tetangga berisik banget enaknya gimana
jadwal kereta ke bandung jam berapa`,
  pt: `como vai estar o tempo no fim de semana
vai chover hoje a tarde
me conta uma piada
fala alguma coisa engraçada
quem ganhou a eleição
o que você acha do presidente
como faz bolo de cenoura
receita de feijoada fácil
quanto tempo cozinhar um ovo
me ajuda no dever de matemática
quanto é a raiz quadrada de 144
quem escreveu dom casmurro
qual a capital da austrália
traduz bom dia para inglês
como abrir conta no banco
meu cartão foi bloqueado pelo banco
como pago a conta de luz
quero comprar passagem aérea para lisboa
meu voo está atrasado
consigo marcar consulta médica amanhã
que remédio tomo para dor de cabeça
como emagrecer rápido
como coloco crédito no celular
qual plano de celular tem mais internet
chama um uber pra mim
como renovar o passaporte
qual o prazo do imposto de renda
como tirar carteira de motorista
quem joga a final do campeonato
quanto foi o jogo ontem
me indica um filme bom
qual a música mais tocada agora
você é uma pessoa ou um robô
qual o seu nome
quantos anos você tem
você tem namorada
to entediado conversa comigo
hoje estou muito triste
qual o sentido da vida
como arrumo o roteador do wifi
meu computador fica travando
como aprender a programar
o bitcoin vai subir
quais números jogar na mega sena
onde fica o hospital mais próximo
como acabar com formigas na cozinha
que horas o sol se põe hoje
escreve uma redação sobre aquecimento global
como cancelo a academia
meu vizinho faz muito barulho o que faço
horário do ônibus para o centro`,
  es: `como va a estar el clima este fin de semana
va a llover en la tarde
cuentame un chiste
dime algo gracioso
quien gano las elecciones
que opinas del presidente
como hago un pastel de chocolate
receta facil de tacos al pastor
cuanto tiempo se hierve un huevo
me ayudas con mi tarea de matematicas
cual es la raiz cuadrada de 144
quien escribio don quijote
cual es la capital de australia
traduce buenos dias al ingles
como abro una cuenta en el banco
el banco me bloqueo la tarjeta
como pago la factura de la luz
quiero reservar un vuelo a madrid
mi vuelo esta retrasado
puedo sacar una cita con el medico mañana
que medicina tomo para el dolor de cabeza
como bajar de peso rapido
como recargo saldo al celular
que plan de telefono tiene mas datos
pideme un taxi por favor
como renuevo el pasaporte
cuando vence la declaracion de impuestos
como saco la licencia de conducir
quien juega la final del futbol
cuanto quedo el partido de anoche
recomiendame una pelicula
cual es la cancion de moda
eres una persona o un robot
como te llamas
cuantos años tienes
tienes novia
estoy aburrido platica conmigo
hoy me siento triste
cual es el sentido de la vida
como arreglo el router del wifi
mi computadora se congela
como aprendo a programar
va a subir el bitcoin
que numeros juego en la loteria
donde queda el hospital mas cercano
como quito las hormigas de la cocina
a que hora se pone el sol hoy
escribeme un ensayo sobre el cambio climatico
como cancelo el gimnasio
mi vecino hace mucho ruido que hago
a que hora pasa el autobus al centro`,
};
