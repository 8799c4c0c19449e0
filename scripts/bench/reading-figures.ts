import { exportNetscape } from '../../lib/reading/export-formats';
import { parseImport } from '../../lib/reading/formats';
import { Hlc } from '../../lib/reading/hlc';
import { mergeItems, sameSynced } from '../../lib/reading/model';
import { setField, setTag } from '../../lib/reading/ops';
import { ReadingList } from '../../lib/reading/store';
import { decodeShard, packShards } from '../../lib/reading/wire';
import { SiyaqDatabase } from '../../lib/db/database';
import { parseHtml } from '../../tools/html';
import { sampleItems } from '../../tools/reading-samples';
import { fmt, median, timeIt } from './stats';

/**
 * The reading list (issue 7): merging another device's copy of 500 and 5,000 items, bytes per
 * synced item and how many items fit, and importing 10,000 bookmarks.
 */
export async function readingFigures(): Promise<string> {
  const now = Date.UTC(2026, 10, 1);
  const lines = [
    '| items | merge (registers only) ms | pull: inflate shards + merge ms | shard bytes per item |',
    '|---:|---:|---:|---:|',
  ];
  for (const n of [500, 5000]) {
    const mine = sampleItems(n, now, 11);
    // The other device's copy: the same items, a third edited there since (title, read, a tag).
    const other = new Hlc('dev9', () => now);
    const theirs = mine.map((i, k) =>
      k % 3
        ? i
        : setTag(setField(i, 'readAt', now, other.tick()), 'من جهاز آخر', true, other.tick()),
    );
    const mergeAll = () => {
      const byId = new Map(mine.map((i) => [i.id, i]));
      let changed = 0;
      for (const r of theirs) {
        const m = mergeItems(byId.get(r.id)!, r);
        if (!sameSynced(m, byId.get(r.id)!)) changed++;
      }
      return changed;
    };
    const merge = timeIt(mergeAll);
    // A pull reads every shard: inflate and decode, then merge (the deflate caches are bypassed by
    // packing a fresh copy each time).
    const pulls: number[] = [];
    for (let r = 0; r < 7; r++) {
      const packed = await packShards(
        theirs.map((i) => ({ ...i, title: `${i.title} ${r}` })),
        now,
        Infinity,
      );
      const t = performance.now();
      const items = (
        await Promise.all([...packed.shards.values()].map((s) => decodeShard(s)))
      ).flatMap((s) => s.items);
      const byId = new Map(mine.map((i) => [i.id, i]));
      for (const it of items) mergeItems(byId.get(it.id) ?? it, it);
      pulls.push(performance.now() - t);
    }
    const all = await packShards(mine, now, Infinity);
    // 5,000 items never all fit in sync storage (see below): a pull only ever carries what does.
    const whole = all.localOnly.length === 0;
    lines.push(
      `| ${n.toLocaleString('en')} | ${fmt(merge)} | ${whole ? fmt(median(pulls)) : '— (does not fit)'} | ${whole ? Math.round(all.bytes / n) : '—'} |`,
    );
  }
  // How many fit in the browser's sync storage.
  const big = sampleItems(3000, now, 12);
  const fit = await packShards(big, now);
  const fitting = big.length - fit.localOnly.length;
  // 10,000 bookmarks: a Netscape file, parsed (jsdom) and written (fake-indexeddb).
  const bookmarks = exportNetscape(
    sampleItems(10_000, now, 13).map((i) => ({
      ...i,
      site: '',
      excerpt: '',
      entities: [],
      tags: [],
      updatedAt: 0,
    })),
  );
  const t0 = performance.now();
  const parsed = parseImport(bookmarks, (h) => parseHtml(h, 'https://import.invalid/'));
  const t1 = performance.now();
  const database = new SiyaqDatabase('bench-reading');
  const clock = new Hlc('bench1', () => now);
  const list = new ReadingList(
    () => database,
    async () => clock,
  );
  for (let i = 0; i < parsed.items.length; i += 2000)
    await list.saveMany(parsed.items.slice(i, i + 2000));
  const t2 = performance.now();
  await database.delete();
  lines.push(
    '',
    `Items are sample saves with real Arabic headlines (ANERcorp sentences) and Arabic slugs (\`tools/reading-samples.ts\`). Merge: the other device's copy of every item, a third of them edited there. Pull: the copy as it arrives — every shard inflated and decoded — then merged. Shard bytes: what the items cost of the 102,400 bytes (deflated JSON in base64, keys included).`,
    '',
    `Of ${big.length.toLocaleString('en')} such items, **${fitting.toLocaleString('en')} fit** in the browser's sync storage (${fit.bytes.toLocaleString('en')} bytes in ${fit.shards.size} keys, ${(102_400 - 2048).toLocaleString('en')} available after the header and settings); the rest stay on the device and the dashboard says how many.`,
    '',
    `Import of ${parsed.items.length.toLocaleString('en')} bookmarks (a ${(bookmarks.length / 1024 / 1024).toFixed(1)} MB Netscape file): parse ${Math.round(t1 - t0)} ms (Node, jsdom; a browser's DOMParser is faster), write to the list ${Math.round(t2 - t1)} ms (fake-indexeddb, batches of 2,000).`,
  );
  return lines.join('\n');
}
