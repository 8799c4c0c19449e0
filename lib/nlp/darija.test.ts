/** An article written in Darija: its particles are not names (lib/nlp/common-words.ts, entities.ts). */
import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../text/normalize';
import { loadTagger } from '../../tools/model-file';
import { isDarija } from './common-words';
import { extractEntities } from './entities';
import { tokenize } from './tokenize';

const words = (text: string) => tokenize(text).map((t) => normalizeWord(t.text));
const DARIJA_TEXT =
  'هاد الشي ديال البارح بزاف. واش كاين شي حل دابا؟ الحاج عمر لي كيعرف كولشي قال راه المشكل كبير. ' +
  'الحاج عمر لي جا من مكناس.';
const MSA_TEXT =
  'قال الحاج عمر إن المشكلة كبيرة، وأضاف أن الحل يأتي من الحكومة. وزار لي كه تشيانغ مكناس أمس.';

describe('an article written in Darija', () => {
  it('is told from Modern Standard Arabic by its particles', () => {
    expect(isDarija(words(DARIJA_TEXT))).toBe(true);
    expect(isDarija(words(MSA_TEXT))).toBe(false);
    // One or two particles in a quotation do not make an article Darija.
    expect(isDarija(words(`${MSA_TEXT} قال: "واش كاين؟"`))).toBe(false);
    expect(isDarija([])).toBe(false);
    // Egyptian speech shares some of its words (اللي، ليه، فين، ولا): not Darija.
    expect(
      isDarija(
        words(
          `${MSA_TEXT} وقال أحدهم: "اللي حصل ده مش طبيعي، وليه الأسعار بتزيد كده؟ ولا حد بيرد علينا، فين الحكومة؟"`,
        ),
      ),
    ).toBe(false);
  });

  it('ends no name with a particle that is a name elsewhere (لي "who")', () => {
    const tagger = loadTagger();
    const names = extractEntities(tagger, DARIJA_TEXT).map((e) => e.name);
    expect(names).toContain('عمر');
    expect(names.some((n) => /(^| )لي( |$)/.test(n))).toBe(false);
  });

  it('a span the tagger ran over a preposition keeps only what follows it', () => {
    const tagger = loadTagger();
    const names = extractEntities(
      tagger,
      'قالت مصادر قوتو وفق البي بي سي إن الحكومة قررت الأمر.',
    ).map((e) => e.name);
    expect(names.some((n) => n.includes('وفق'))).toBe(false);
  });
});
