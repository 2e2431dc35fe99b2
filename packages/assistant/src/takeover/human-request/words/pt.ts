import type { RequestWords } from './request-words.js';

/** Portuguese: the words of asking for a person (see `RequestWords`). */
export const pt: RequestWords = {
  // Trades of a shop (florista, confeiteira/pastelera, coordenador/coordinador…) are its people (ADR 0550).
  roles:
    'atendente atendentes humano humana pessoa pessoal alguem ninguem agente operador operadora gente funcionario funcionaria vendedor vendedora responsavel encarregado encarregada gerente supervisor supervisora dono dona proprietario proprietaria chefe equipe suporte atendimento sac vendas colaborador colaboradora assistente consultor consultora especialista representante comercial colega farmaceutico farmaceutica confeiteira confeiteiro coordenador coordenadora tecnico florista padeiro padeira adm'.split(
      ' ',
    ),
  verbs:
    'falar fala conversar chama chamar chame passa passe passar transfere transferir transfira coloca coloque encaminha encaminhe liga ligar reclamar reclamacao queixa atendido atendida contato contatar conecta conectar negociar resolver tratar escala escalar escalona ligacao chamado videochamada'.split(
      ' ',
    ),
  links:
    'com c pra para pro ao a o um uma me alguem algum alguma da do de seu sua verdade real em contato por loja q que isso isto ser setor area departamento pelo pela telefone no na ajuda direto diretamente'.split(
      ' ',
    ),
  wants: 'quero qro queria preciso precisando gostaria prefiro'.split(' '),
  // "cliente" closes the name of customer service ("atendimento ao cliente!!!", ADR 0660).
  fillers:
    'por favor pfv pf pfvr porfa porfavor pls plis agora ai oi ola um uma o a de verdade real quero cliente'.split(
      ' ',
    ),
  past: 'ontem ja falei passada fui ligou ligaram atendeu respondeu chamou falou'.split(' '),
  phrases: [
    // Someone of the shop asked into the conversation: "consegue entrar no chat?" (ADR 0610).
    'entrar no chat',
    'entra no chat',
    'entrar aqui no chat',
    'atendimento humano',
    'atendente humano',
    'pessoa real',
    'pessoa de verdade',
    'alguem de verdade',
    'alguem humano',
    'tem alguem',
    'tem algum humano',
    'tem uma pessoa',
    'tem um humano',
    'tem um atendente',
    'carne e osso',
  ],
  helps: [
    'me atender',
    'pode me atender',
    'me ajudar',
    'me atende',
    'me liga',
    'me ligar',
    'me ligue',
    'falar comigo',
    'fale comigo',
    'fala comigo',
    'me responder',
    'me responda',
    'me chama',
    'possa ajudar',
    // A role asked to look at the customer's problem: "algum atendente pode ver o pedido" (ADR 0610).
    'pode olhar',
    'pode ver',
    'pode verificar',
    'possa olhar',
    'possa verificar',
    'possa me ajudar',
  ],
  exists: ['tem', 'ha', 'havera', 'kd', 'cade', 'cad', 'existe'],
  // "à venda" is for sale, not the sales team; "queda" is a fall.
  realWords: ['venda', 'queda'],
  senses: [
    'tamanho humano',
    'cabelo humano',
    'recursos humanos',
    'assistente virtual',
    'assistente de voz',
    'numero de pessoa',
    'manual do proprietario',
    'pessoa que vai receber',
    'pessoa que recebe',
    'pessoa que for receber',
    'alguem para receber',
    'alguem pra receber',
    'manual do dono',
  ],
  calls: { names: [], with: [] },
  pronouns: ['ele', 'ela'],
  yous: ['vc', 'voce', 'vcs', 'voces', 'senhor', 'senhora'],
  owns: ['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa'],
  opens: ['pode', 'podem', 'poderia', 'poderiam', 'pfv', 'pf', 'por'],
  reach:
    'ligar liga ligue ligasse telefonar telefone telefonasse chamar chama chame contatar contate contactar contacte responder responda responde respondam atender atenda escrever escreva entrar entre entrasse contato falar fale'.split(
      ' ',
    ),
  selves: ['me', 'comigo', 'mim'],
  modals:
    'pode podem poderia poderiam possa possam podia pudesse pudessem que se q por favor em'.split(
      ' ',
    ),
  numbers: 'numero telefone whatsapp whats zap celular contato'.split(' '),
  endings: [
    ['es', ''],
    ['s', ''],
  ],
  joins: {
    // Customer service by its name: "atendimento ao cliente" (ADR 0660).
    'atendimento ao': 'atendimento',
    // Whoever handles something is the person in charge: "falar com quem cuida das entregas".
    'quem cuida': 'responsavel',
    'quem cuide': 'responsavel',
    // Returning a call is calling: "me retorna quando puder", "podem me retornar?".
    'me retorna': 'me liga',
    'me retorne': 'me liga',
    'me retornem': 'me liga',
    'me retornar': 'me ligar',
    // "a galera do suporte" (the support crowd) is the team's people, as "o pessoal do
    // suporte" is; "galera" alone (friends, a party) is not (ADR 0590).
    'galera do': 'pessoal do',
    'galera da': 'pessoal da',
  },
  handoffs: ['transbordo', 'escala', 'escalar', 'escalona'],
  teams: 'financeiro cobranca trocas devolucoes departamento setor filial unidade'.split(' '),
  phones: 'ligar liga ligue ligacao telefonar telefona videochamada'.split(' '),
  permits: 'posso podemos pode podem poderiam da'.split(' '),
  negations: 'nao nem nunca sem'.split(' '),
};
