import { describe, expect, it } from 'vitest';
import { FollowBadges, badgeText, followedAmong } from './badge';
import type { Followed } from './model';
import { createFollowHandlers } from '../background/follows';

const f = (key: string, name: string): Followed => ({
  key,
  name,
  type: key.slice(0, 3) as Followed['type'],
  followedAt: 1,
});
const article = [
  { key: 'LOC:الخرطوم', name: 'الخرطوم' },
  { key: 'PER:عمر البشير', name: 'عمر البشير' },
  { key: 'ORG:الأمم المتحدة', name: 'الأمم المتحدة' },
];

function setup(initial: Followed[], tabs: { id: number; url: string }[] = []) {
  let followed = initial;
  const shown = new Map<number, { text: string; title: string }>();
  const lookedUp: string[] = [];
  const badges = new FollowBadges({
    api: {
      setBadgeText: async ({ tabId, text }) =>
        void shown.set(tabId, { ...(shown.get(tabId) ?? { title: '' }), text }),
      setTitle: async ({ tabId, title }) =>
        void shown.set(tabId, { ...(shown.get(tabId) ?? { text: '' }), title }),
    },
    followed: async () => followed,
    tabs: async () => tabs,
    entitiesAt: async (url) => {
      lookedUp.push(url);
      return url.endsWith('/stored') ? article : null;
    },
    title: async (names) => (names.length ? `يتابع: ${names.join('، ')}` : 'سياق'),
  });
  return { badges, shown, lookedUp, set: (next: Followed[]) => void (followed = next) };
}

describe('followed names in an article', () => {
  it('are the article’s entities the reader follows, by key, in the article’s order', () => {
    expect(
      followedAmong(article, [
        f('ORG:الأمم المتحدة', 'الأمم المتحدة'),
        f('LOC:الخرطوم', 'الخرطوم'),
      ]),
    ).toEqual(['الخرطوم', 'الأمم المتحدة']);
    // Same name, another type: another entity.
    expect(followedAmong(article, [f('PER:الخرطوم', 'الخرطوم')])).toEqual([]);
    expect(badgeText(0)).toBe('');
    expect(badgeText(2)).toBe('2');
    expect(badgeText(120)).toBe('99+');
  });
});

describe('the toolbar badge', () => {
  it('shows on a visit that mentions a followed name, and goes when the tab leaves it', async () => {
    const { badges, shown } = setup([f('PER:عمر البشير', 'عمر البشير')]);
    await badges.visited(4, article);
    expect(shown.get(4)).toEqual({ text: '1', title: 'يتابع: عمر البشير' });
    await badges.visited(5, [{ key: 'LOC:دمشق', name: 'دمشق' }]);
    expect(shown.get(5)).toEqual({ text: '', title: 'سياق' });
    // An in-page link (the fragment only) keeps it; another address clears it.
    await badges.navigated(4, 'https://example.com/a');
    await badges.visited(4, article);
    await badges.navigated(4, 'https://example.com/a#section-2');
    expect(shown.get(4)?.text).toBe('1');
    await badges.navigated(4, 'https://example.com/b');
    expect(shown.get(4)).toEqual({ text: '', title: 'سياق' });
    // A badge set before this worker started (the tab unknown here) goes too.
    shown.set(9, { text: '1', title: 'يتابع: عمر البشير' });
    await badges.navigated(9, 'https://example.com/c');
    expect(shown.get(9)).toEqual({ text: '', title: 'سياق' });
  });

  it('follows a follow or unfollow in every open tab, looking up tabs it did not see', async () => {
    const tabs = [
      { id: 1, url: 'https://example.com/stored' },
      { id: 2, url: 'https://example.com/not-an-article' },
      { id: 3, url: 'https://example.com/seen' },
    ];
    const s = setup([], tabs);
    await s.badges.visited(3, [{ key: 'ORG:الأمم المتحدة', name: 'الأمم المتحدة' }]);
    expect(s.shown.get(3)?.text).toBe('');
    s.set([f('ORG:الأمم المتحدة', 'الأمم المتحدة'), f('LOC:الخرطوم', 'الخرطوم')]);
    await s.badges.refresh();
    expect(s.shown.get(1)).toEqual({ text: '2', title: 'يتابع: الخرطوم، الأمم المتحدة' });
    expect(s.shown.has(2)).toBe(false);
    expect(s.shown.get(3)?.text).toBe('1');
    // Tab 3's article is known from its visit: not looked up in the history.
    expect(s.lookedUp).toEqual([
      'https://example.com/stored',
      'https://example.com/not-an-article',
    ]);
    s.set([]);
    await s.badges.refresh();
    expect([s.shown.get(1)?.text, s.shown.get(3)?.text]).toEqual(['', '']);
  });
});

describe('the follow call', () => {
  it('follows or unfollows, then updates the badges; a badge failure does not fail it', async () => {
    const calls: string[] = [];
    const warnings: string[] = [];
    const handlers = createFollowHandlers({
      list: async () =>
        ({
          follow: async (key: string, name: string) => void calls.push(`follow ${key} ${name}`),
          unfollow: async (key: string) => void calls.push(`unfollow ${key}`),
        }) as never,
      badges: {
        visited: async () => undefined,
        refresh: async () => {
          calls.push('refresh');
          throw new Error('no such tab');
        },
      },
      warn: (m) => void warnings.push(m),
    });
    await expect(
      handlers.follow({ key: 'PER:عمر البشير', name: 'عمر البشير', follow: true }),
    ).resolves.toEqual({ following: true });
    await expect(
      handlers.follow({ key: 'PER:عمر البشير', name: '', follow: false }),
    ).resolves.toEqual({ following: false });
    expect(calls).toEqual([
      'follow PER:عمر البشير عمر البشير',
      'refresh',
      'unfollow PER:عمر البشير',
      'refresh',
    ]);
    expect(warnings).toEqual([
      'the toolbar badges could not be updated',
      'the toolbar badges could not be updated',
    ]);
  });
});
