import { describe, it } from 'vitest';
import { asksByRules, asksNobody } from '../test-support/human-requests.js';

// The classes of the thirteenth set's round (ADR 0620), both ways. No example is a row of a set.

describe('human requests: the thirteenth set', () => {
  it('AI2: a pronoun handed over after whoever is in charge or the account manager; not a report', () => {
    asksByRules([
      'we order every month. who is the account manager? connect me with her',
      "this bot is useless. who's in charge there? put me through to him",
      'quem é o responsável? me passa pra ele',
      '¿quién es el encargado? pásame con él',
    ]);
    asksNobody([
      'my account manager said the price is fine',
      'who is in charge of shipping?',
      "i'm in charge of purchasing at my company",
      'the manager was rude, he told me to call them',
    ]);
  });

  it('AI2: a live demo or meeting with someone of the shop asks; a demo video or a product demo does not', () => {
    asksByRules([
      'could we book a demo with someone from sales this afternoon?',
      'pengen demo lewat zoom sama tim penjualan, bisa hari ini?',
      'dá pra fazer uma demonstração com alguém da equipe agora?',
      '¿podemos tener una reunión con alguien de ventas hoy?',
    ]);
    asksNobody([
      'can i watch a demo from the sales team on youtube?',
      'is there a demo video of the blender?',
      'quero uma demonstração do produto',
      'quiero una demo del producto',
      'the demo with the team last week was great',
    ]);
  });

  it('AI2: a lady or a guy to talk to asks; a lady or a guy anywhere else does not', () => {
    asksByRules([
      'is there a lady I could speak with? these forms confuse me',
      'saya bingung pakai aplikasinya, ada mas yang bisa diajak ngobrol?',
      'tem algum moço pra eu falar? não sei mexer nisso',
      '¿hay alguna señorita con quien pueda hablar?',
    ]);
    asksNobody([
      'the lady in the photo is wearing the red one',
      'tem uma moça no vídeo usando o vestido',
      'ada mbak di foto itu pakai ukuran apa?',
      'is there a guy who can fix my sink?',
    ]);
  });

  it('AI2: closing a purchase only by talking to a salesperson asks; talking now does not', () => {
    asksByRules([
      'i only buy after talking to a salesperson',
      'eu só compro conversando com um vendedor',
      'solo compro hablando con un asesor',
      'saya cuma mau deal kalau ngobrol sama sales',
    ]);
    asksNobody([
      'tô falando com o gerente agora, obrigado',
      'estoy hablando con el vendedor en la tienda',
      'only talking about the price here, no need for a person',
    ]);
  });

  it('AI2: an Indonesian case wanted handled by the admin, a sales representative, Spanish "j" for "g"', () => {
    asksByRules([
      'mau diurus admin aja',
      'saya minta ditangani oleh cs langsung',
      'pengen diproses sama admin, jangan bot',
      'bisa saya bicara dengan perwakilan toko?',
      'necesito un ajente humano',
      'ablar con jente real porfa',
    ]);
    asksNobody([
      'pesanan diproses admin dalam 1x24 jam',
      'pesanan saya sudah diurus admin, makasih',
      'ada kantor perwakilan di surabaya?',
      'la jente de la tienda fue muy amable',
    ]);
  });
});
