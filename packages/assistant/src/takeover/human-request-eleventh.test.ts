import { describe, it } from 'vitest';
import { asksByRules, asksNobody } from '../test-support/human-requests.js';

// The classes of the eleventh set's round (ADR 0590), both ways. No example is a row of a set.

describe('human requests: the eleventh set', () => {
  it('AI2: Pidgin fillers and "make una", "link me up", the passive "be connected" ask', () => {
    asksByRules([
      'abeg make una transfer me to a manager, the app dey hang',
      'oga, connect me to support, my parcel never land',
      'pls link me up with someone from the shop, the refund is stuck',
      'could I be transferred to a supervisor? nothing here works',
      'I would like to be connected to a member of staff by phone',
    ]);
    asksNobody(['can I be connected to the wifi in store?', 'link me the size chart please']);
  });

  it('AI2: someone who knows, given to the customer, asks; someone who knows described does not', () => {
    asksByRules([
      'can you get me somebody who knows the warranty rules',
      'oga, find me someone wey sabi about refunds',
    ]);
    asksNobody(['my cousin is someone who knows a lot about sneakers']);
  });

  it('AI2: "adm" and "a galera do/da" are the shop\'s people in Portuguese', () => {
    asksByRules([
      'cadê o adm? quero resolver isso hoje',
      'chama a galera da loja pra mim, por favor',
    ]);
    asksNobody(['a galera da loja foi muito gentil comigo']);
  });

  it('AI2: a Spanish verb carrying the customer alone in its clause hands them over', () => {
    asksByRules([
      'el bot no me entiende nada. transfiéreme',
      'ya me aburrí de esto, pásame por favor',
    ]);
    asksNobody(['pásame el link del catálogo', 'eso me pasa seguido con la app']);
  });

  it('AI2: a vowel dropped inside a five-letter verb is read as the verb', () => {
    asksByRules(['qro falr com o gerente']);
  });

  it('AI2: a role naming a product, a number kept in everyday words, "apakah saya … manusia" ask nobody', () => {
    asksNobody([
      'does the support headset come in black?',
      'is the sales dashboard included in the basic plan?',
      'nomor wa admin berapa ya? buat nyimpen aja',
      'apakah saya sedang ngobrol sama manusia atau bot?',
    ]);
    asksByRules(['apakah saya bisa ngobrol sama manusia?', 'is the live agent online?']);
  });
});
