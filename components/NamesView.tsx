/**
 * The dashboard's names view (issue 19): every name the reader has read about, from the names
 * table — searched with Arabic folding through its index, sorted by recency or frequency, a page
 * at a time — each linked to its page.
 */
import { useEffect, useState } from 'preact/hooks';
import { db } from '../lib/db/database';
import { listNames, NAMES_PAGE, type NamesSort } from '../lib/names/list';
import { ensureNames } from '../lib/names/table';
import { formatCount, formatDay } from '../lib/ui/format';
import { useLang } from '../lib/ui/lang';
import { useLiveQuery } from '../lib/ui/use-live-query';

/** The page of entity `key`, from an extension page. */
const pageOf = (key: string) => `entity.html?key=${encodeURIComponent(key)}`;

const SORTS: NamesSort[] = ['recent', 'frequent', 'followed'];

export function NamesView() {
  const { lang, t } = useLang();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<NamesSort>('recent');
  const [limit, setLimit] = useState(NAMES_PAGE);
  // A table missing its rows (cleared, or written by an older build) is rebuilt once.
  useEffect(() => void ensureNames(db()).catch(() => undefined), []);
  const result = useLiveQuery(() => listNames(db(), { sort, query, limit }), [sort, query, limit]);
  return (
    <section class="names-view" aria-labelledby="names-heading">
      <h2 id="names-heading">{t.names.heading}</h2>
      <div class="tools">
        <input
          type="search"
          value={query}
          placeholder={t.names.search}
          aria-label={t.names.search}
          onInput={(e) => {
            setQuery((e.target as HTMLInputElement).value);
            setLimit(NAMES_PAGE);
          }}
        />
        <label>
          {t.sort}{' '}
          <select
            value={sort}
            onChange={(e) => setSort((e.target as HTMLSelectElement).value as NamesSort)}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t.names[s]}
              </option>
            ))}
          </select>
        </label>
        {result && (
          <span class="count names-total">
            {t.names.total(`${formatCount(result.total, lang)}${result.capped ? '+' : ''}`)}
          </span>
        )}
      </div>
      {result && result.names.length === 0 ? (
        <p class="empty">{query.trim() ? t.names.noMatch : t.names.empty}</p>
      ) : (
        <ul class="names-list">
          {result?.names.map((n) => (
            <li key={n.key} class="name-row" data-type={n.type}>
              <a href={pageOf(n.key)} dir="auto">
                {n.name}
              </a>
              {result?.followed.has(n.key) && (
                <span class="followed-mark">{t.follow.following}</span>
              )}
              <span class="name-meta">
                {t.entities.kinds[n.type]} · {t.names.articles(formatCount(n.count, lang))} ·{' '}
                {t.names.lastSeen(formatDay(n.lastSeen, t.locale))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {result && result.total > result.names.length && (
        <button type="button" class="secondary" onClick={() => setLimit(limit + NAMES_PAGE)}>
          {t.names.more}
        </button>
      )}
    </section>
  );
}
