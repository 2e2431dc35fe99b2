import type { RequestWords } from './request-words.js';

/** English: the words of asking for a person (see `RequestWords`). */
export const en: RequestWords = {
  // Trades of a shop (florist, baker, coordinator…) are its people (ADR 0550).
  roles:
    'human humans humn huamn hooman person people agent agents someone somebody anyone anybody nobody ppl representative rep operator staff manager managers manger supervisor owner boss team support service whoever admin cs employee sales salesperson salesman saleswoman salespeople consultant advisor adviser specialist colleague executive exec pharmacist florist baker coordinator technician stylist incharge accountmanager'.split(
      ' ',
    ),
  verbs:
    'talk speak speek chat connect transfer put get give call escalate contact hand pass forward reach hook complain complaint discuss deal negotiate word loop callback ticket link videocall facetime'.split(
      ' ',
    ),
  links:
    'to 2 with w me us on over through back this it member a an the your ur some one of from real live actual store shop customer care in charge up phone help assistance directly'.split(
      ' ',
    ),
  wants: 'want wanna need needs prefer rather demand request requesting'.split(' '),
  fillers:
    'please pls plz now asap a an the real live actual actually hi hello hey just i need want needed kindly po ho lah la abeg oga'.split(
      ' ',
    ),
  past: 'yesterday already earlier before told said last was were called asked spoke talked contacted phoned rang'.split(
    ' ',
  ),
  phrases: [
    // Someone of the shop asked into the conversation: "can you hop on the chat?" (ADR 0610).
    'jump on the chat',
    'hop on the chat',
    'jump in the chat',
    'hop in the chat',
    'real person',
    'live person',
    'actual person',
    'real human',
    'someone human',
    'somebody human',
    'live agent',
    'human please',
    'human pls',
    'human agent',
    'customer service agent',
    'customer service representative',
    'is there a real',
    'is there a person',
    'is anyone there',
    // Someone competent given to the customer: "get me someone who knows", Pidgin "find me
    // somebody wey sabi" (ADR 0590). Not "find me someone who can deal with my car" (sweep).
    'me someone who knows',
    'me somebody who knows',
    'me anyone who knows',
    'me a person who knows',
  ],
  helps: [
    'take over',
    'help me',
    'assist me',
    'call me',
    'call me back',
    'contact me',
    'answer me',
    'reply to me',
    'respond to me',
    'get back to me',
    // A role asked to look at or check the customer's problem: "could a staff member look at the
    // receipt", "a human who can check the order" (ADR 0610).
    'look at my',
    'look at the',
    'check my',
    'check the',
    'check if',
    'check whether',
    'who can check',
    'who can look',
    'who can tell me',
    'look at this',
    'look at it',
    'look into this',
    'look into it',
    'talk to me',
    'chat with me',
    'message me',
    'can help',
    // A role stepping in: "could a manager step in" (ADR 0550).
    'jump in',
    'step in',
    'hop in',
    'chime in',
    'could jump in',
    'could step in',
    'can jump in',
    'can step in',
  ],
  exists: ['there', 'any', 'anyone', 'anybody'],
  // "I need stuff for my kitchen" is no "need staff"; "a nicer manner" no manager.
  realWords: [
    'stuff',
    'stuffs',
    'manner',
    'manners',
    'employer',
    'employers',
    'employed',
    'steak',
    'steaks',
    'speed',
    'speeds',
    'sole',
    'soles',
    'admit',
    'admits',
    'though',
    'off',
  ],
  senses: [
    'human hair',
    'human size',
    'human sized',
    'human grade',
    'human height',
    'human resources',
    'admin fee',
    'owner s manual',
    'owners manual',
    'owner manual',
    'person receiving',
    'person who will receive',
    'person who receives',
    'someone to receive',
    'executive chair',
    'executive summary',
    'executive order',
    'executive desk',
    'sales price',
    'sales tax',
    'sales report',
    'sales receipt',
    'virtual assistant',
    'voice assistant',
    'delivery person',
    'number of people',
    'number of person',
    'number of staff',
    'number of employee',
  ],
  calls: { names: [], with: [] },
  pronouns: ['them', 'him', 'her'],
  yous: ['you', 'u'],
  owns: ['my', 'our', 'mine'],
  opens: ['can', 'could', 'would', 'please', 'pls', 'plz', 'kindly'],
  reach:
    'call ring phone telephone contact text message email whatsapp reach get back touch ping'.split(
      ' ',
    ),
  selves: ['me'],
  // "someone jump on a quick call with me", "hop on a call": ADR 0520.
  modals:
    'can could would will may might should to kindly please in with give jump hop quick short'.split(
      ' ',
    ),
  numbers: 'number numbers phone whatsapp wa contact cell mobile'.split(' '),
  endings: [['s', '']],
  // "customer service now please" is the team asked for, as "support now please" is.
  joins: {
    'human being': 'human',
    'human beings': 'humans',
    'customer service': 'service',
    'customer support': 'support',
    // "would love to chat with her", "I'd love to talk to someone": a want.
    'would love': 'want',
    'd love': 'want',
    // "If possible I'd like to speak with a manager": a polite want, which stands before a
    // report as "I want" does (ADR 0610).
    'd like': 'want',
    'would like': 'want',
    'video call': 'videocall',
    // Whoever is in charge is a person of the shop: "who's in charge there? let me talk to
    // them" (ADR 0620); "the person in charge" still names "person".
    'in charge': 'incharge',
    // The shop's person assigned to a business customer: "who is our account manager?"
    // (ADR 0620; "our" does not make them the customer's own, see `assigned`).
    'account manager': 'accountmanager',
    'account executive': 'accountmanager',
    'account rep': 'accountmanager',
    // Asked in the passive: "can I be connected to a team member" (ADR 0590).
    'be connected': 'connect',
    'be transferred': 'transfer',
    // Nigerian Pidgin: "make una connect me" (you all, please do); "abeg" and "oga" are
    // fillers (ADR 0590). "find me someone" was tried as "get me" and dropped: "find me
    // someone who can deal with my car's check engine light" (sweep).
    'make una': 'please',
    'wey sabi': 'who knows',
  },
  handoffs: ['escalate', 'escalation'],
  teams: 'billing accounts accounting returns finance dept department desk branch'.split(' '),
  phones: 'call callback videocall'.split(' '),
  permits: 'can could may would'.split(' '),
  negations: 'no not dont don doesn didn never without'.split(' '),
};
