/** What is left out of an article's entities (lib/nlp/left-out.ts), with the shipped model. */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { normalizeWord } from '../text/normalize';
import { extractEntities } from './entities';
import { isLeftOut } from './left-out';

const tagger = loadTagger();
const names = (text: string) => extractEntities(tagger, text).map((e) => `${e.type}:${e.name}`);

describe('a person named once in words of nobody’s name', () => {
  it('is listed when the article presents them by a title or role', () => {
    expect(
      names('ودعت الوزارة شخصيا المؤلفة النيجيرية شيماماندا نجوزي أديشي للتحدث عن كتابها.'),
    ).toContain('PER:شيماماندا نجوزي أديشي');
  });

  it('is listed when the article presents them by a nationality alone, whose name begins like كـ', () => {
    // (كيليان is no Darija present marker and a verb outside an article written in Darija)
    expect(
      names('وفي الشوط الثاني، أضاف الفرنسي كيليان مبابي الهدف الثاني بضربة رأسية.'),
    ).toContain('PER:كيليان مبابي');
  });

  it('is left out otherwise (a phrase the tagger read as a name), kept when presented', () => {
    const surface = 'شيماماندا نجوزي أديشي';
    const key = surface.split(' ').map(normalizeWord).join(' ');
    expect(isLeftOut(tagger, key, 'PER', [surface])).toBe(true);
    expect(isLeftOut(tagger, key, 'PER', [surface], { presented: true })).toBe(false);
    // Named twice, the article comes back to them: kept without a title.
    expect(isLeftOut(tagger, key, 'PER', [surface, surface])).toBe(false);
  });
});

describe('a place of one word named once', () => {
  it('is left out where it reads as an adjective of relation no list knows (التأديبي)', () => {
    expect(isLeftOut(tagger, 'تاديبي', 'LOC', ['التأديبي'])).toBe(true);
    // …not named twice, not an organisation or a person of that form, nor a place a list knows.
    expect(isLeftOut(tagger, 'تاديبي', 'LOC', ['التأديبي', 'التأديبي'])).toBe(false);
    expect(isLeftOut(tagger, 'اسماعيلي', 'ORG', ['الإسماعيلي'])).toBe(false);
    expect(isLeftOut(tagger, 'اقصري', 'LOC', ['الأقصري'])).toBe(false);
  });
});

describe('an area’s word alone', () => {
  it('is the article’s word for a place it names, not a place, even where the gazetteer knows it', () => {
    const places = (text: string) =>
      extractEntities(tagger, text)
        .filter((e) => e.type === 'LOC')
        .map((e) => e.name);
    expect(isLeftOut(tagger, 'مدينه', 'LOC', ['المدينة', 'مدينة', 'بالمدينة', 'للمدينة'])).toBe(
      true,
    );
    expect(isLeftOut(tagger, 'قريه', 'LOC', ['للقرية', 'وبلدة'])).toBe(true);
    // (Medina where the article names Mecca; the daily المدينة; a place named like a word)
    expect(isLeftOut(tagger, 'مدينه', 'LOC', ['المدينة'], { holyCities: true })).toBe(false);
    expect(isLeftOut(tagger, 'مدينه', 'ORG', ['المدينة', 'المدينة'])).toBe(false);
    expect(places('ويتوافد المصلون على مكة والمدينة في رمضان، وتستقبل المدينة الزوار.')).toEqual(
      expect.arrayContaining(['مكة', 'المدينة']),
    );
    // (Medina by its name stays)
    expect(places('ووصل الحجاج إلى المدينة المنورة أمس.')).toContain('المدينة المنورة');
    expect(isLeftOut(tagger, 'مدينه', 'LOC', ['المدينة', 'المدينة المنورة'])).toBe(false);
  });
});

describe('in an article written in Darija', () => {
  it('a word with the article no list knows is a noun, not a place or a body', () => {
    const out = (key: string, type: 'LOC' | 'ORG' | 'PER', surfaces: string[], darija: boolean) =>
      isLeftOut(tagger, key, type, surfaces, { darija });
    expect(out('بوسان', 'LOC', ['البوسان', 'البوسان'], true)).toBe(true);
    expect(out('جندر', 'ORG', ['الجندر'], true)).toBe(true);
    // (not in the standard language, nor a place a list knows, nor a name without the article)
    expect(out('بوسان', 'LOC', ['البوسان', 'البوسان'], false)).toBe(false);
    expect(out('رباط', 'LOC', ['الرباط'], true)).toBe(false);
    expect(out('بوسان', 'LOC', ['بوسان'], true)).toBe(false);
  });
});
