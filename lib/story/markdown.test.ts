import { describe, expect, it } from 'vitest';
import type { HighlightRecord } from '../db/database';
import type { EntityPageData } from '../names/entity-page';
import { messages } from '../ui/i18n';
import { entityMarkdown, storyMarkdown, type MarkdownLabels } from './markdown';

const en: MarkdownLabels = { ...messages.en.markdown, locale: 'en-GB', separator: ', ' };
const ar: MarkdownLabels = {
  ...messages.ar.markdown,
  locale: messages.ar.locale,
  separator: messages.ar.listSeparator,
};
const NOW = Date.parse('2026-12-06T12:00:00Z');

const highlight = (url: string, quote: string, note = ''): HighlightRecord => ({
  id: quote,
  url,
  pageUrl: `https://${url}`,
  selectors: {
    quote: { exact: quote, prefix: '', suffix: '' },
    position: { start: 0, end: quote.length },
  },
  quote,
  note,
  color: 'yellow',
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
});

function page(over: Partial<EntityPageData> = {}): EntityPageData {
  return {
    key: 'PER:البشير',
    name: 'عمر البشير',
    type: 'PER',
    names: ['البشير'],
    card: undefined,
    count: 2,
    partial: false,
    weeks: [
      {
        start: Date.parse('2026-11-30T00:00:00Z'),
        articles: [
          {
            normUrl: 'a.example/2',
            url: 'https://a.example/2',
            title: 'البشير *يعود* إلى [الخرطوم] #عاجل',
            site: 'a.example',
            siteName: 'الجزيرة',
            at: Date.parse('2026-12-01T10:00:00Z'),
            dated: true,
          },
        ],
      },
      {
        start: Date.parse('2026-11-02T00:00:00Z'),
        articles: [
          {
            normUrl: 'b.example/1',
            url: 'https://b.example/1?a=<b>',
            title: '',
            site: 'b.example',
            siteName: '',
            at: Date.parse('2026-11-03T10:00:00Z'),
            dated: true,
          },
        ],
      },
    ],
    companions: [{ key: 'PER:حميدتي', name: 'حميدتي', type: 'PER', shared: 2, score: 1 }],
    sites: [
      { site: 'a.example', siteName: 'الجزيرة', count: 1 },
      { site: 'b.example', siteName: '', count: 1 },
    ],
    highlights: [
      {
        highlight: highlight('a.example/2', 'قال البشير إن_الحرب', 'ملاحظتي *المهمة*'),
        title: 'البشير يعود',
      },
    ],
    ...over,
  };
}

describe('the entity page as Markdown', () => {
  it('has the name, the weeks with counts, linked titles with site and date, companions, sites and highlights', () => {
    const md = entityMarkdown(page(), en, NOW);
    expect(md).toContain('# عمر البشير\n');
    expect(md).toContain('## Articles (2)');
    expect(md).toContain('### Week of 30 November 2026 (1)');
    expect(md).toContain(
      '- [البشير \\*يعود\\* إلى \\[الخرطوم\\] \\#عاجل](<https://a.example/2>) — الجزيرة, 1 December 2026',
    );
    // No title: the address; no site name: the host; angle brackets in a URL are encoded.
    expect(md).toContain(
      '- [https://b.example/1?a=\\<b\\>](<https://b.example/1?a=%3Cb%3E>) — b.example, 3 November 2026',
    );
    expect(md).toContain('## Appears most with\n\n- حميدتي (2)');
    expect(md).toContain('- الجزيرة (a.example): 1\n- b.example (b.example): 1');
    expect(md).toContain('### [البشير يعود](<https://a.example/2>)');
    expect(md).toContain('> قال البشير إن\\_الحرب');
    expect(md).toContain('ملاحظتي \\*المهمة\\*');
    expect(md.indexOf('## Articles')).toBeLessThan(md.indexOf('## Your highlights'));
  });

  it('keeps Arabic as written, in the Arabic labels', () => {
    const md = entityMarkdown(page(), ar, NOW);
    expect(md).toContain('الجزيرة، 1 ديسمبر 2026');
    expect(md).toContain(messages.ar.markdown.articles);
    // No bidi marks or reordering added.
    expect(md).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('leaves out empty sections, and shows the card when there is one', () => {
    const md = entityMarkdown(
      page({
        companions: [],
        highlights: [],
        card: {
          key: 'PER:البشير',
          source: 'wikipedia',
          status: 'found',
          data: {
            title: 'عمر البشير',
            description: 'رئيس السودان السابق',
            extract: 'سياسي وعسكري سوداني.',
            thumbnail: null,
            url: 'https://ar.wikipedia.org/wiki/عمر_البشير',
            wikidata: null,
          },
          fetchedAt: 0,
          expiresAt: 1,
        },
      }),
      en,
      NOW,
    );
    expect(md).not.toContain('## Appears most with');
    expect(md).not.toContain('## Your highlights');
    expect(md).toContain('*رئيس السودان السابق*');
    expect(md).toContain('[عمر البشير](<https://ar.wikipedia.org/wiki/عمر_البشير>)');
    expect(md).toContain('6 December 2026');
  });
});

describe('a story as Markdown', () => {
  const story = {
    entries: [
      {
        url: 'https://a.example/1',
        title: 'محادثات جدة',
        site: 'a.example',
        siteName: 'أ',
        at: Date.parse('2026-10-01T10:00:00Z'),
        dated: true,
        shared: ['جدة', 'الخرطوم'],
        isNew: false,
        highlights: [highlight('a.example/1', 'ما ظلّلته في مقال سابق', 'ملاحظة سابقة')],
      },
    ],
    unread: [{ url: 'https://a.example/9', title: 'لم يُقرأ' }],
  };
  const current = {
    title: 'اشتباكات في الخرطوم',
    url: 'https://a.example/4',
    highlights: [
      { ...highlight('a.example/4', 'نص مظلل', 'رأيي'), deletedAt: null },
      { ...highlight('a.example/4', 'محذوف'), deletedAt: 5 },
    ],
  };

  it('lists the timeline with what links each article, the unread links and the highlights', () => {
    const md = storyMarkdown(current, story, ar, NOW);
    expect(md.split('\n')[0]).toBe(
      `# ${messages.ar.markdown.story}: [اشتباكات في الخرطوم](<https://a.example/4>)`,
    );
    expect(md).toContain(
      `- [محادثات جدة](<https://a.example/1>) — أ، 1 أكتوبر 2026 — ${messages.ar.markdown.shares} جدة، الخرطوم`,
    );
    expect(md).toContain('- [لم يُقرأ](<https://a.example/9>)');
    expect(md).toContain('> نص مظلل\n\nرأيي');
    expect(md).not.toContain('محذوف');
    // The earlier article's highlights too, under its title, after the current one's.
    const earlier = md.indexOf('### [محادثات جدة](<https://a.example/1>)');
    expect(earlier).toBeGreaterThan(md.indexOf('### [اشتباكات في الخرطوم]'));
    expect(md.slice(earlier)).toContain('> ما ظلّلته في مقال سابق\n\nملاحظة سابقة');
  });

  it('leaves out what is empty', () => {
    const md = storyMarkdown({ ...current, highlights: [] }, { entries: [], unread: [] }, en, NOW);
    expect(md).not.toContain('##');
    expect(md).not.toContain('\n- ');
  });
});

describe('what an imported file could slip into an export', () => {
  it('an address, a site or a name cannot end its link or start a block of raw HTML', () => {
    const evil = 'https://a.example/x>)\n\n<img src=x onerror=alert(1)>';
    const md = storyMarkdown(
      {
        title: 'عنوان',
        url: 'https://a.example/q=\\',
        highlights: [highlight('a.example/x', 'اقتباس')],
      },
      {
        entries: [
          {
            url: evil,
            title: 'سابق',
            site: 'a.example',
            siteName: 'موقع\n1. injected',
            at: 0,
            dated: false,
            shared: ['اسم\n# عنوان'],
            isNew: false,
          },
        ],
        unread: [],
      },
      en,
      NOW,
    );
    expect(md).not.toMatch(/^<img/m);
    expect(md).not.toMatch(/^1\. injected/m);
    expect(md).not.toMatch(/^# عنوان/m);
    expect(md).toContain('(<https://a.example/x%3E)%0A%0A%3Cimg%20src=x%20onerror=alert(1)%3E>)');
    expect(md).toContain('(<https://a.example/q=%5C>)');
    // The page of a name: its highlights grouped by their own addresses.
    const entity = entityMarkdown(
      page({
        highlights: [
          { highlight: { ...highlight('a.example/x', 'اقتباس'), pageUrl: evil }, title: '' },
        ],
      }),
      en,
      NOW,
    );
    expect(entity).not.toMatch(/^<img/m);
    expect(entity).toContain('%3Cimg%20src=x%20onerror=alert(1)%3E>)');
  });
});
