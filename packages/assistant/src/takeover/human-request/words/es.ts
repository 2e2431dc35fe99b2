import type { RequestWords } from './request-words.js';

/** Spanish: the words of asking for a person (see `RequestWords`). */
export const es: RequestWords = {
  // Trades of a shop (florista, confeiteira/pastelera, coordenador/coordinador…) are its people (ADR 0550).
  roles:
    'agente humano persona alguien nadie asesor asesora operador operadora representante ejecutivo ejecutiva gerente supervisor supervisora dueno duena propietario encargado encargada jefe jefa responsable equipo soporte ventas atencion empleado empleada administrador administradora vendedor vendedora miembro consultor consultora especialista companero companera colega farmaceutico farmaceutica pastelera pastelero coordinador coordinadora tecnico florista panadero panadera'.split(
      ' ',
    ),
  verbs:
    'hablar habla comunicar comunicame comunicas pasame pasamelo pasamela pasas transfiereme transferir transfieres transfiere ponme llama llame llamar derivame derivas deriva transferis contactame contactar contactan contacten atienda atiende atiendeme atender conectame conectar conecta dame queja quejarme reclamo comunique comuniquen comuniqueme pase pasen transfiera conecte negociar tratar resolver escala escalar llamada chatear llamame llamenme marcame marquenme mandame mandenme enviame envienme videollamada'.split(
      ' ',
    ),
  links:
    'con a un una el la al algun alguna su tu me de del que q real verdad tienda local personal empresa ante esto eso area departamento por telefono ayuda directo directamente'.split(
      ' ',
    ),
  wants: 'quiero kiero necesito ocupo gustaria quisiera prefiero preferiria'.split(' '),
  // "cliente" closes the name of customer service ("atención al cliente!!!", ADR 0660).
  fillers:
    'por favor porfa porfavor porfis fa xfa x pls plis ya ahora un una el la hola real personalizada esta wey guey cliente'.split(
      ' ',
    ),
  past: 'ayer hable pasada llamaron atendio contesto respondio escribio'.split(' '),
  phrases: [
    // Someone of the shop asked into the conversation: "¿puede entrar al chat?" (ADR 0610).
    'entrar al chat',
    'entra al chat',
    'unirte al chat',
    'unirse al chat',
    'atencion humana',
    'persona real',
    'persona de verdad',
    'alguien real',
    'alguien humano',
    'hay alguien',
    'hay un humano',
    'hay una persona',
    'asistencia humana',
    'agente humano',
    'carne y hueso',
  ],
  helps: [
    'me ayude',
    'me atienda',
    'me atiende',
    'me llame',
    'me llama',
    'me conteste',
    'me responda',
    'me contacte',
    'hable conmigo',
    'pueda ayudar',
    'pueda ayudarme',
    // A role asked to look at the customer's problem: "¿algún asesor puede revisar mi pedido?",
    // "¿hay alguien que vea mi caso?" (ADR 0610).
    'puede revisar',
    'pueda revisar',
    'puede ver',
    'que vea',
    'que revise',
  ],
  exists: ['hay', 'donde', 'existe'],
  // "donde queda", "me queda grande": not "queja".
  // Portuguese past forms one letter from a Spanish verb ("atendeu", not "atender").
  realWords: ['queda', 'quedan', 'venda', 'atendeu', 'respondeu', 'ligou', 'falou', 'chamou'],
  senses: [
    'tamano humano',
    'cabello humano',
    'pelo humano',
    'recursos humanos',
    'llama la atencion',
    'llamo la atencion',
    'llamar la atencion',
    'agente limpiador',
    'operador logistico',
    'numero de persona',
    'manual del propietario',
    'persona que va a recibir',
    'persona que recibe',
    'persona que reciba',
    'alguien para recibir',
    'manual del dueno',
  ],
  calls: { names: [], with: [] },
  pronouns: ['el', 'ella'],
  yous: ['usted', 'ustedes', 'contigo', 'ti'],
  owns: ['mi', 'mis', 'nuestro', 'nuestra'],
  opens: [
    'puede',
    'puedes',
    'pueden',
    'podeis',
    'podria',
    'podrias',
    'podriais',
    'porfa',
    'xfa',
    'por',
  ],
  reach:
    'llamar llamarme llame llamara llamase llama contactar contactarme contacte contactara comunique comunica comunicarse escriba escribiera escribiese escribir escribirme conteste contestara responda respondiera atienda atendiera atender atenderme ponga contacto hable responder responderme marque marquen marcar marcarme marcame hableme hablenme hablame contestame contestenme respondeme respondanme escribeme escribanme'.split(
      ' ',
    ),
  selves: ['me', 'conmigo'],
  modals: 'puede pueda pueden puedan podeis podria pudiera podes que se en por favor'.split(' '),
  numbers: 'numero telefono whatsapp wasap wsp celular contacto'.split(' '),
  endings: [
    ['es', ''],
    ['s', ''],
  ],
  // Usted forms with the pronoun before ("señorita, ¿me pasa con su supervisora?"): read as
  // the imperative with the pronoun after, as "pásame" and "comunícame" are.
  joins: {
    // Live, as in a live demo with someone: "una demo en vivo con alguien del equipo" (ADR 0620).
    'en vivo': 'directo',
    'me pasa': 'pasame',
    'me pasan': 'pasame',
    'me comunica': 'comunicame',
    'me comunican': 'comunicame',
    'me transfiere': 'transfiereme',
    'me transfieren': 'transfiereme',
    'me manda': 'mandame',
    'me mandan': 'mandame',
    'me marca': 'marcame',
    'me marcan': 'marcame',
    // Customer service, in three words: "pásame con servicio al cliente" (ADR 0610), and
    // its other name, "atención al cliente", shouted on its own (ADR 0660).
    'servicio al': 'soporte',
    'atencion al': 'soporte',
    // "que me hable un asesor": the subjunctive, with the customer before it, is no "hablé"
    // (I talked, a report) but the customer joined to the verb, as in "llámame" (ADR 0660).
    'me hable': 'hableme',
    'me hablen': 'hablenme',
    // Whoever handles something is the person in charge: "con quien lleve mi pedido".
    'quien lleve': 'encargado',
    'quien lleva': 'encargado',
    // Returning a call is calling: "devuélveme la llamada" ("me devuelven el dinero" is money).
    'devuelveme la': 'llamame',
    'devuelvanme la': 'llamenme',
    'regresame la': 'llamame',
  },
  handoffs: ['escala', 'escalar', 'derivar'],
  teams: 'facturacion cobranza devoluciones cambios departamento sucursal'.split(' '),
  phones:
    'llamar llama llame llamen llamada llamarlos llamarles llamarte llamarme llamame llamenme marcar marcarme marcame marquen marqueme videollamada'.split(
      ' ',
    ),
  permits: 'puedo podemos puede pueden podeis podriais'.split(' '),
  negations: 'no ni nunca sin'.split(' '),
};
