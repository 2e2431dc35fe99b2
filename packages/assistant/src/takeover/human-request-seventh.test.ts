import { describe, it } from 'vitest';
import { asksByRules, asksNobody } from '../test-support/human-requests.js';

// The classes of the seventh set's round (ADR 0510), each in several languages, both ways.

describe('human requests: the seventh set', () => {
  it('AI2: a request asked before a complaint of waiting stands; a report stays a report', () => {
    asksByRules([
      'Can someone call me? I have been waiting since yesterday.',
      'Kindly connect me to your customer care executive, I have been waiting since morning.',
      'Bisa hubungkan ke CS? Udah nunggu dari kemarin',
      'halo kak ada orang? dari tadi dijawab bot terus',
      'Podem me passar para um atendente? Já esperei demais ontem.',
      'Há alguém que me possa atender? Já estou aqui há imenso tempo.',
      '¿Me pasas con un asesor? Ayer ya escribí y nada.',
    ]);
    asksNobody([
      'I talked to an agent yesterday.',
      'The agent called me yesterday, thanks.',
      'kemarin admin udah bales, makasih',
      'Ontem já falei com o atendente, obrigado.',
      'Ayer hablé con un asesor, gracias.',
    ]);
  });

  it('AI2: after a report, an imperative led by "just", "me" or filler asks', () => {
    asksByRules([
      "I've explained this four times already, just get me a human.",
      'ya lo expliqué ayer, solo pásame con un agente',
      'já falei ontem, só me passa pra um atendente',
      'tadi udah dijelasin, langsung aja sambungin ke admin',
    ]);
    asksNobody([
      'I talked to the agent yesterday, just a human error',
      'kemarin udah chat admin, langsung dibales',
    ]);
  });

  it('AI2: regional politeness particles (Javanese krama, Sundanese, Filipino, Malay) as filler and links', () => {
    asksByRules([
      'Mbak e, nyuwun tulung disambungke kalih admin nggih',
      'Mas, nyuwun disambungke kaliyan admin, nggih',
      'punten a, hoyong ngobrol sareng admin atuh',
      'Is there someone there I can chat with? Not the bot please, thank you po.',
      'connect me to an agent lah',
    ]);
    asksNobody([
      'nggih mas, matur nuwun, sudah dibantu admin tadi',
      'thank you po, the bot answered already',
    ]);
  });

  it('AI2: Indonesian passives with an agent, a call back, and the seller', () => {
    asksByRules([
      'Punten teh, bisa dibantu sama admin langsung? Mau tanya soal retur',
      'Bisa minta ditelpon balik sama tim CS? Saya lagi nyetir susah ngetik',
      'bang, bs chat sm sellernya? mau nego buat beli banyak',
      'mau ngobrol sama yg jual dong',
    ]);
    asksNobody([
      'tadi sudah dibantu sama admin, makasih',
      'sellernya ramah banget kemarin, makasih',
    ]);
  });

  it('AI2: a role counted is how many, not someone asked for', () => {
    asksNobody([
      'Aku adminnya grup arisan, mau order buat 10 orang, ada diskon?',
      'mau pesan buat 5 orang, ada promo?',
      'I want to book for 5 people, is there a discount?',
      'i need to go downtown with 2 people; can you get me an uber',
      'quero reservar para 10 pessoas, tem desconto?',
      'quiero reservar para 10 personas, hay descuento?',
    ]);
    asksByRules(['talk 2 someone pls']);
  });

  it("AI2: the bot with an ending is not a typo of a role; the owner's manual is a book; the recipient is not staff", () => {
    asksNobody([
      'Kak temenku bilang "minta admin aja" tapi ternyata botnya bisa jawab, makasih',
      'botnya bisa jawab kok, makasih',
      'o robozinho respondeu, valeu',
      'Buku manual ownernya ada di dalam dus ga?',
      'is the owner manual in the box?',
      'o manual do proprietário vem na caixa?',
      '¿el manual del propietario viene en la caja?',
      'is this an executive chair?',
      'a pessoa que vai receber pode me ligar?',
      'can the person receiving call me when it arrives?',
      'la persona que va a recibir me puede llamar?',
      'orang yang terima paket bisa telpon saya?',
    ]);
  });

  it('AI2: someone from a team asked to reach the customer; "is there someone there"', () => {
    asksByRules([
      'Can you have someone from billing reach out to me?',
      'can someone from sales call me back?',
      'alguém da loja pode me responder?',
      '¿Alguien de la tienda me puede responder? Es urgente',
      'is there someone there I can talk to?',
      'há alguém aí com quem eu possa falar?',
      'há algum atendente disponível?',
      'hello? anybody?',
    ]);
    asksNobody(['can anybody use my card?', 'comprei há dois dias e não chegou']);
  });

  it('AI2: plural and vosotros forms asking to be called', () => {
    asksByRules([
      'Podem ligar-me? A encomenda chegou danificada e prefiro explicar por telefone.',
      'vocês podem me ligar?',
      '¿Me podéis llamar? El paquete llegó dañado y prefiero explicarlo por teléfono.',
      '¿podríais llamarme?',
    ]);
    asksNobody(['podem ligar o aparelho em 110v?', '¿podéis llamar al transportista?']);
  });
});
