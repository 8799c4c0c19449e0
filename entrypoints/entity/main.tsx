/**
 * The page of one name (issue 19), `entity.html?key=<entity key>`: an extension page, first-party
 * like the dashboard, reading Dexie itself with a live query (an article read or a highlight made
 * in another tab shows at once). A malformed key, or one no stored article names, says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { db } from '../../lib/db/database';
import { loadEntityPage } from '../../lib/names/entity-page';
import { mountPage, useLang } from '../../lib/ui/lang';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { EntityPage } from './EntityPage';

function App({ entityKey }: { entityKey: string }) {
  const { t } = useLang();
  // The first screen at once, live; for a name in many articles, the whole page after it — read
  // once, and again only when the name's article or highlight count changes (not on every visit that names one
  // of its companions: for «مصر», almost every article).
  const first = useLiveQuery(() => loadEntityPage(db(), entityKey, Date.now()), [entityKey]);
  const more = first?.status === 'ok' && first.data.partial;
  const count = first?.status === 'ok' ? first.data.count : 0;
  // A highlight made or deleted meanwhile shows too.
  const highlights = first?.status === 'ok' ? first.data.highlights.length : 0;
  const [whole, setWhole] = useState<Awaited<ReturnType<typeof loadEntityPage>> | undefined>();
  useEffect(() => {
    setWhole(undefined);
    if (!more) return;
    let current = true;
    void loadEntityPage(db(), entityKey, Date.now(), { whole: true }).then(
      (r) => current && setWhole(r),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [entityKey, more, count, highlights]);
  const result = whole ?? first;
  if (!result)
    return (
      <main class="dashboard entity-page">
        <p class="status" aria-busy="true">
          {t.entityPage.loading}
        </p>
      </main>
    );
  if (result.status === 'ok') return <EntityPage data={result.data} />;
  return (
    <main class="dashboard entity-page">
      <header class="page-head">
        <h1 dir="auto">{result.status === 'unknown' ? nameOf(result.key) : t.brand}</h1>
        <a class="all-names" href="dashboard.html#names">
          {t.entityPage.allNames}
        </a>
      </header>
      <p class="status entity-missing" role="status">
        {result.status === 'invalid' ? t.entityPage.invalid : t.entityPage.unknown}
      </p>
    </main>
  );
}

/** The name in an entity key (`PER:البشير` → البشير). */
const nameOf = (key: string) => key.slice(key.indexOf(':') + 1);

const key = new URLSearchParams(location.search).get('key') ?? '';
void mountPage(<App entityKey={key} />, (t) => `${nameOf(key) || t.brand} — ${t.brand}`);
