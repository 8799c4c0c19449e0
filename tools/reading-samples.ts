/**
 * Test and bench only: reading-list items as a reader would have them — titles and slugs from
 * real Arabic news sentences (ANERcorp), URLs shaped like Arabic news sites', a few tags, some
 * read or archived. Seeded.
 */
import { prng } from './random';
import { formatStamp } from '../lib/reading/hlc';
import type { SyncedItem } from '../lib/reading/model';
import { corpus } from './ner-data';

const SITES = [
  'www.youm7.com/story',
  'www.aljazeera.net/news',
  'arabic.cnn.com/middle-east',
  'www.bbc.com/arabic/articles',
  'www.almadenahnews.com/article',
];
const TAGS = ['سياسة', 'اقتصاد', 'رياضة', 'مصر', 'later'];

let titles: string[] | null = null;
function sampleTitles(): string[] {
  titles ??= corpus('anercorp-camel-train.txt')
    .map((s) => s.tokens.slice(0, 8 + (s.tokens.length % 7)).join(' '))
    .filter((t) => t.length > 30 && /[\u0600-\u06ff]/.test(t));
  return titles;
}

/** `n` items saved over the last year before `now`. */
export function sampleItems(n: number, now: number, seed = 1): SyncedItem[] {
  const rand = prng(seed);
  const all = sampleTitles();
  const out: SyncedItem[] = [];
  for (let i = 0; i < n; i++) {
    const title = all[(i * 7919 + seed) % all.length]!;
    const slug = title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
    const site = SITES[i % SITES.length]!;
    const id = `${site.replace(/^www\./, '')}/2024/${(i % 12) + 1}/${i}/${slug}`;
    const savedAt = now - Math.floor(rand() * 365 * 86_400_000);
    const stamp = formatStamp({ ms: savedAt, counter: 0, node: 'dev1' });
    const read = rand() < 0.4;
    const archived = read && rand() < 0.3;
    const item: SyncedItem = {
      id,
      url: `https://${site.startsWith('www.') ? 'www.' : ''}${id}`,
      title,
      savedAt,
      readAt: read ? savedAt + 3600_000 : null,
      archivedAt: archived ? savedAt + 7200_000 : null,
      deletedAt: null,
      stamps: {
        url: stamp,
        title: stamp,
        savedAt: stamp,
        readAt: stamp,
        archivedAt: stamp,
        deletedAt: stamp,
      },
      tagState: {},
    };
    if (read)
      item.stamps.readAt = formatStamp({ ms: savedAt + 3600_000, counter: 0, node: 'dev2' });
    if (archived)
      item.stamps.archivedAt = formatStamp({ ms: savedAt + 7200_000, counter: 0, node: 'dev2' });
    if (rand() < 0.3) item.tagState[TAGS[i % TAGS.length]!] = [1, stamp];
    out.push(item);
  }
  return out;
}
