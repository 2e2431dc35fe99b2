import { describe, it } from 'vitest';
import { asksByRules, asksNobody } from '../test-support/human-requests.js';

// The classes of the eighth set's round (ADR 0520), each in several languages, both ways.

describe('human requests: the eighth set', () => {
  it('AI2: two list words typed without a space read as two words', () => {
    asksByRules(['customersupport pls', 'need a liveagent asap', 'quero um atendentehumano']);
    asksNobody(['personal details update', 'how do I change my personalinfo']);
  });

  it('AI2: refusing the bot asks for a person; a wish about what the bot does does not', () => {
    asksByRules([
      "I don't wanna chat with a robot",
      'ga mau ngobrol sama robot lagi',
      'não quero mais falar com robô',
      'no quiero un bot, gracias',
    ]);
    asksNobody(["I don't want the bot to email me every day", 'no quiero que el bot me escriba']);
  });

  it('AI2: a question of what the assistant is asks for nobody; a request beside it stands', () => {
    asksNobody([
      'r u a human or a bot lol',
      'am I chatting with an actual human?',
      'kamu manusia beneran? cepet bgt',
      'vc é uma pessoa de verdade?',
      '¿eres humano? escribes rapidísimo',
    ]);
    asksByRules(['r u a bot? get me a human', 'vc é robô? quero falar com um atendente']);
  });

  it("AI2: the customer's own plan for later is no request now; asking someone else is", () => {
    asksNobody([
      "I'll ring your customer service tomorrow",
      'amanhã vou ligar pro suporte de vocês',
    ]);
    asksByRules(['can an agent call me tomorrow?', 'nanti aku mau ngobrol sama admin ya']);
  });

  it('AI2: regional Spanish: usted forms, "marcar" for calling, "mandar" a person, "ocupo"', () => {
    asksByRules([
      '¿me comunica con el encargado?',
      'me transfiere con un ejecutivo por favor',
      'márcame alguien de soporte',
      'que un asesor me marque hoy',
      'mándenme una asesora, güey',
      'ocupo hablar con alguien de la tienda',
    ]);
    asksNobody([
      'eso me pasa con frecuencia',
      '¿cuánto cuesta marcar el número de larga distancia?',
    ]);
  });

  it('AI2: someone from a named place, around or on a call; a pharmacist; Sundanese', () => {
    asksByRules([
      'is there anybody from the pharmacy I could talk to?',
      'is the supervisor around?',
      'could someone hop on a short call with me',
      'Is there a pharmacist available?',
      'ada apoteker yg online?',
      'hoyong ngobrol jeung jelema wae',
    ]);
    asksNobody(['people around here love your bread', 'I work as a pharmacist myself']);
  });
});
