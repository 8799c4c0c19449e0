/**
 * Named events, prizes and agreements from our own list (data/gazetteers/events.tsv, in the known
 * names as MISC): claimed by their names of several words, one entity under their other names,
 * and the list's malformed lines reported.
 */
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from './entities';
import { buildKnownNames } from './known-names-build';

const tagger = loadTagger();
const header = 'name\ttype\tvariants\tcategory\n';
const found = (text: string) => extractEntities(tagger, text).map((e) => `${e.type}:${e.name}`);

describe('events from the curated list', () => {
  it('an event the tagger misses is found whole, one entity under its other names', () => {
    const es = extractEntities(
      tagger,
      'أحيا الفنان حفلا ضمن مهرجان موازين في الرباط. وقال المنظمون إن مهرجان موازين إيقاعات العالم استقطب آلاف الزوار.',
    );
    expect(es.find((e) => e.type === 'MISC')).toMatchObject({
      name: 'مهرجان موازين إيقاعات العالم',
      count: 2,
      aliases: ['مهرجان موازين'],
    });
    // (one entity under the row's two names, whichever the article writes longer)
    const taif = extractEntities(
      tagger,
      'وأنهى اتفاق الطائف الحرب الأهلية، وقال النائب إن وثيقة الوفاق الوطني لم تطبق كاملة.',
    );
    expect(taif).toHaveLength(1);
    expect([taif[0]!.name, ...taif[0]!.aliases].sort()).toEqual([
      'اتفاق الطائف',
      'وثيقة الوفاق الوطني',
    ]);
  });

  it('never the person or the place an event is named after (the list keeps no such form)', () => {
    // (اغتيال رفيق الحريري، سقوط الموصل، محادثات جدة were in the helpers' draft)
    expect(
      found('وأحيا اللبنانيون الذكرى العشرين لاغتيال رفيق الحريري بوقفة عند ضريحه في بيروت.'),
    ).toContain('PER:رفيق الحريري');
    expect(found('وقال القائد إن سقوط الموصل كان صدمة، وإن تحرير الموصل أعاد الأمل.')).toContain(
      'LOC:الموصل',
    );
  });

  it('an event named by one word, or of another type, is reported with its line', () => {
    const { json, problems } = buildKnownNames([], tagger.lexicon, {
      curated: {
        file: 'events.tsv',
        text: `${header}اتفاق الطائف\tMISC\tوثيقة الوفاق الوطني\tagreement\nموازين\tMISC\t\tfestival\nجائزة نوبل للسلام\tMISC\tنوبل\tprize\nعاصفة الحزم\tEVENT\t\toperation\n`,
      },
    });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.reason}`)).toEqual([
      'events.tsv:3 an event named by one word (only names of several words are claimed)',
      'events.tsv:4 an event named by one word (only names of several words are claimed)',
      'events.tsv:5 type "EVENT" is not ORG, LOC, PER or MISC',
    ]);
    const d = JSON.parse(json) as { MISC: string[]; aliases: string[][] };
    expect(d.MISC).toEqual(['اتفاق الطاءف', 'وثيقه الوفاق الوطني']);
    expect(d.aliases).toContainEqual(['اتفاق الطاءف', 'وثيقه الوفاق الوطني']);
  });
});
