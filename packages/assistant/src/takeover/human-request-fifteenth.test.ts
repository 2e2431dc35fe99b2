import { describe, it } from 'vitest';
import { asksByRules, asksNobody } from '../test-support/human-requests.js';

// The classes of the fifteenth set's round (ADR 0660), both ways. No example is a row of a set.

describe('human requests: the fifteenth set', () => {
  it('AI2: a message typed without spaces reads as its words; not a long ordinary word', () => {
    asksByRules([
      'talktoahuman',
      'iwanttotalktoaperson',
      'falarcomatendente',
      'quierohablarconunasesor',
      'maungomongsamaadmin',
      'pasameconunasesor',
    ]);
    asksNobody(['personalizado', 'somebodysomewhere', 'thankyoutotheteam', 'customerexperience']);
  });

  it('AI2: nobody at work now; not a later day, not a report', () => {
    asksByRules([
      'is anyone working today? i need help with my order',
      '¿no hay nadie trabajando hoy? necesito ayuda',
      'ninguém trabalhando hoje? preciso de ajuda',
      'gak ada yang kerja hari ini? saya butuh bantuan',
    ]);
    asksNobody([
      'is anyone working on sunday?',
      'the staff working today was rude',
      '¿trabajan el domingo?',
    ]);
  });

  it('AI2: a role of the shop alone after a complaint; not a thank-you', () => {
    asksByRules([
      'this app keeps failing. someone from the store please',
      'esto no funciona. alguien de la tienda porfa',
      'não tá funcionando. alguém da loja pfv',
      'ga bisa nih. orang dari toko dong',
    ]);
    asksNobody(['thanks, someone from the shop', 'the shop', 'la tienda abre a las 9?']);
  });

  it('AI2: a video call with someone of the shop; not a video to watch', () => {
    asksByRules(['can i video call someone from the shop', 'could i facetime a staff member']);
    asksNobody(['is there a video of the product?', 'i watched the video from the store']);
  });

  it('AI2: customer service by name, a feminine boss, a person in charge', () => {
    asksByRules([
      'atención al cliente por favor',
      'atendimento ao cliente pfv',
      'comunícame con la jefa',
      'quero falar com a encarregada da loja',
    ]);
    asksNobody([
      'la atención al cliente fue excelente',
      'ayer hablé con la jefa',
      'soy cliente de la tienda',
      'o encarregado já resolveu, obrigado',
    ]);
  });

  it('AI2: a role asked to talk or answer the customer, joined to the verb; not a past talk', () => {
    asksByRules(['asesor contestame porfa', 'que me hable un asesor ya', 'supervisor, respondeme']);
    asksNobody(['ayer hablé con un asesor', 'el asesor me contestó ayer']);
  });

  it('AI2: the person to talk to left unsaid after asking who they are; not another subject', () => {
    asksByRules([
      "who's the owner here? i want to talk directly",
      'quem é o gerente? quero falar direto',
      '¿quién es el encargado? quiero hablar directamente',
      'siapa marketingnya? mau ngobrol soal kerja sama',
      'siapa pemiliknya? saya mau bicara langsung',
    ]);
    asksNobody([
      "who's the owner? i want to buy the blue one",
      'siapa adminnya? mau tanya ongkir',
      'who is the manager? he talked to me yesterday',
    ]);
  });

  it('AI2: a number kept for later; not a number asked now', () => {
    asksByRules(['¿me das el número de un asesor?', 'minta nomor cs nya']);
    asksNobody([
      'can you send me the number of an agent, just to save it',
      'kirim nomor cs nya dong buat disimpan',
      'me passa o whatsapp de um vendedor pra eu salvar',
      '¿me das el número de un asesor? para tenerlo guardado',
    ]);
  });
});
