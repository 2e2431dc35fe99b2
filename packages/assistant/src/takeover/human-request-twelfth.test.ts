import { describe, it } from 'vitest';
import { asksByRules, asksNobody } from '../test-support/human-requests.js';

// The classes of the twelfth set's round (ADR 0610), both ways. No example is a row of a set.

describe('human requests: the twelfth set', () => {
  it('AI2: a role of the shop asked to look at or check the problem asks; anyone looking does not', () => {
    asksByRules([
      'the zip broke on day two. could an employee look at the pictures?',
      'can a manager check my refund, it has been 3 weeks',
      'algum vendedor pode ver meu pedido? veio trocado',
      '¿algún asesor puede revisar mi pedido? llegó incompleto',
      'mohon ada admin yang cek resinya, belum gerak dari senin',
    ]);
    asksNobody([
      'can someone look at my car, the engine light is on',
      'does the staff check in at 9?',
      'the staff look at you weird in that branch',
    ]);
  });

  it('AI2: a question tag after the role, a who-question about a subject, a team after who', () => {
    asksByRules([
      'ada cs nya gak sih? paket saya udah seminggu',
      'who can I talk to about a double charge?',
      'com quem eu falo sobre a garantia?',
      '¿con quién hablo por la devolución?',
      'com quem do financeiro posso falar?',
      'saya harus telpon siapa soal pengembalian dana?',
    ]);
    asksNobody(['eu falo com o gerente do meu banco toda semana', 'who do I contact?']);
  });

  it('AI2: a polite want or subjunctive opens a request before a report; "no hace falta" declines', () => {
    asksByRules([
      "if possible I'd like to talk to a supervisor, the courier was rude",
      'agradeço se alguém do suporte pudesse me chamar',
      'agradecería que alguien de ventas me escribiera hoy',
      'pásame con servicio al cliente por favor',
      'siapa penanggung jawab toko? kurir bilang alamat salah. saya mau bicara sama beliau',
      'is there a human who can tell me why my order was cancelled?',
    ]);
    asksNobody([
      "I'd like the blue one, the staff was lovely",
      'no hace falta pasarme con un asesor, ya está resuelto',
      'el servicio al cliente fue excelente',
    ]);
  });

  it('AI2: someone asked into the chat, and a person of the shop addressed by name, ask', () => {
    asksByRules([
      'can you hop on the chat? the bot keeps looping',
      'consegue entrar no chat? o robô não entende',
      'Pak Andi, tolong cek resi saya ya',
      'Hi Tom, are you around? my parcel is lost',
      'Dona Rosa, pode ver meu pedido?',
      'Hola Marta, ¿puedes revisar mi pedido?',
    ]);
    asksNobody([
      'no puedo entrar al chat de la app',
      'Hi, can you check my order status?',
      'Kak, bisa tolong dicek ongkirnya?',
      'Hi Tom, thanks for the help yesterday',
      'Hello. Please, can you tell me the price?',
      // An assistant with a persona's name is addressed the same way: a question is not
      // a request for that person.
      'Hi Sofia, can you tell me if the M is in stock?',
      'Oi Clara, vocês entregam em Niterói?',
      'Kak Nisa, ukuran L masih ada?',
    ]);
  });
});
