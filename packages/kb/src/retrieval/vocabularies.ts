import type { Language } from '../types.js';
import { Vocabulary } from './vocabulary.js';

/**
 * A base's vocabularies, one per language of its passages, and the typo correction
 * across them: an unseen query word is read as the indexed word it misspells.
 */
export class LanguageVocabularies {
  private readonly byLanguage = new Map<Language, Vocabulary>();

  /** The vocabulary of one language, created on first use. */
  of(language: Language): Vocabulary {
    let v = this.byLanguage.get(language);
    if (!v) {
      v = new Vocabulary();
      this.byLanguage.set(language, v);
    }
    return v;
  }

  /**
   * The indexed word an unseen query word misspells: looked up among passages in the
   * customer's language when the base has some (`ownPassages`, so the Portuguese "carro"
   * is not read as the English "carry"), else among all, closest first, most frequent on
   * a tie.
   */
  correction(word: string, language: Language, ownPassages: boolean): string | undefined {
    if (ownPassages) return this.byLanguage.get(language)?.correct(word);
    let best: { word: string; distance: number; count: number } | undefined;
    for (const v of this.byLanguage.values()) {
      const c = v.closest(word);
      if (
        c &&
        (!best ||
          c.distance < best.distance ||
          (c.distance === best.distance && c.count > best.count))
      )
        best = c;
    }
    return best?.word;
  }
}
