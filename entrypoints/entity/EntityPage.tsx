/**
 * The page of one name (issue 19): its card, the reader's articles that mention it week by week,
 * the names it appears with most, the reader's highlights that mention it, and the sites the
 * articles came from — all from this device. Long histories are shown a few weeks at a time.
 */
import { FollowButton } from '../../components/FollowButton';
import { db } from '../../lib/db/database';
import { followedNames } from '../../lib/follows/store';
import { callBackground } from '../../lib/messaging/clients';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useEffect, useState } from 'preact/hooks';
import { EntityCard } from '../../components/EntityCard';
import type { StoredEntity } from '../../lib/db/database';
import type { WeekGroup } from '../../lib/names/entity-data';
import type { EntityPageData } from '../../lib/names/entity-page';
import { entityMarkdown } from '../../lib/story/markdown';
import { downloadText, fileSlug } from '../../lib/ui/download';
import { foldArabic } from '../../lib/text/arabic';
import { formatCount, formatDay } from '../../lib/ui/format';
import { useLang } from '../../lib/ui/lang';

/** Weeks shown at first and added by "older weeks"; articles shown in a week before "more". */
export const WEEKS_PAGE = 12;
export const WEEK_ARTICLES = 10;

/** The entity page's address for `key` (relative: entity pages link to each other). */
export const pageOf = (key: string) => `entity.html?key=${encodeURIComponent(key)}`;

/** The first day of a week as the UI writes days (weeks start at 00:00 UTC). */
function weekDay(start: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(start));
}

function Week({ week }: { week: WeekGroup }) {
  const { lang, t } = useLang();
  const [all, setAll] = useState(false);
  const shown = all ? week.articles : week.articles.slice(0, WEEK_ARTICLES);
  const rest = week.articles.length - shown.length;
  return (
    <li class="week">
      <h3>
        <time dateTime={new Date(week.start).toISOString().slice(0, 10)}>
          {t.entityPage.week(
            weekDay(week.start, t.locale),
            formatCount(week.articles.length, lang),
          )}
        </time>
      </h3>
      <ul class="week-articles">
        {shown.map((a) => (
          <li key={a.normUrl}>
            <a href={a.url} target="_blank" rel="noopener noreferrer" dir="auto">
              {a.title || a.url}
            </a>
            <span class="story-meta">
              <bdi>{a.siteName || a.site}</bdi> ·{' '}
              <time
                dateTime={new Date(a.at).toISOString()}
                title={a.dated ? undefined : t.entityPage.readOn}
              >
                {formatDay(a.at, t.locale)}
              </time>
            </span>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" class="secondary" onClick={() => setAll(true)}>
          {t.entityPage.moreInWeek(formatCount(rest, lang))}
        </button>
      )}
    </li>
  );
}

/** Follow the name from its page (issue 19): the background stamps and syncs it. */
function Follow({ entityKey, name }: { entityKey: string; name: string }) {
  const following = useLiveQuery(
    async () => (await followedNames(db())).some((f) => f.key === entityKey),
    [entityKey],
  );
  const [failed, setFailed] = useState(false);
  if (following === undefined) return null;
  return (
    <FollowButton
      name={name}
      following={following}
      failed={failed}
      onToggle={(follow) => {
        setFailed(false);
        void callBackground('follow', { key: entityKey, name, follow }).catch(() =>
          setFailed(true),
        );
      }}
    />
  );
}

export function EntityPage({ data }: { data: EntityPageData }) {
  const { lang, t } = useLang();
  const [weeks, setWeeks] = useState(WEEKS_PAGE);
  useEffect(() => {
    document.title = `${t.entityPage.title(data.name)} — ${t.brand}`;
  }, [data.name, t]);
  const entity: StoredEntity = {
    key: data.key,
    name: data.name,
    type: data.type,
    salience: 1,
    mentions: 0,
    aliases: [],
  };
  // The other ways it is written, one of each folded form («جدة» and «جده» are one).
  const seen = new Set([foldArabic(data.name)]);
  const others = data.names.filter((n) => !seen.has(foldArabic(n)) && !!seen.add(foldArabic(n)));
  const exportMd = () =>
    downloadText(
      `siyaq-${fileSlug(data.name)}.md`,
      'text/markdown;charset=utf-8',
      entityMarkdown(
        data,
        { ...t.markdown, locale: t.locale, separator: t.listSeparator },
        Date.now(),
      ),
    );
  return (
    <main class="dashboard entity-page">
      <header class="page-head">
        <h1 dir="auto">{data.name}</h1>
        <a class="all-names" href="dashboard.html#names">
          {t.entityPage.allNames}
        </a>
      </header>
      <p class="entity-summary">
        <span class="kind">{t.entities.kinds[data.type]}</span> ·{' '}
        {t.entityPage.inArticles(formatCount(data.count, lang))}
        {others.length > 0 && (
          <>
            {' '}
            · {t.entityPage.names} <bdi>{others.join(t.listSeparator)}</bdi>
          </>
        )}
      </p>
      {data.partial && (
        <p class="status partial" role="status" aria-busy="true">
          {t.entityPage.partial(
            formatCount(
              data.weeks.reduce((n, w) => n + w.articles.length, 0),
              lang,
            ),
            formatCount(data.count, lang),
          )}
        </p>
      )}
      {data.type !== 'MISC' && <Follow entityKey={data.key} name={data.name} />}
      <p class="exports">
        {/* The export waits for the whole page. */}
        <button type="button" class="export-md" onClick={exportMd} disabled={data.partial}>
          {t.entityPage.exportMarkdown}
        </button>
      </p>
      <EntityCard entity={entity} card={data.card} state="ready" pageLink={false} />

      <div class="entity-columns">
        <section class="entity-timeline" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t.entityPage.timeline}</h2>
          <ol class="weeks">
            {data.weeks.slice(0, weeks).map((w) => (
              <Week key={w.start} week={w} />
            ))}
          </ol>
          {data.weeks.length > weeks && (
            <button type="button" class="secondary" onClick={() => setWeeks(weeks + WEEKS_PAGE)}>
              {t.entityPage.olderWeeks}
            </button>
          )}
        </section>

        <aside class="entity-side">
          {data.companions.length > 0 && (
            <section class="companions" aria-labelledby="companions-heading">
              <h2 id="companions-heading">{t.entityPage.companions}</h2>
              <p class="hint">{t.entityPage.companionsHint}</p>
              <ol>
                {data.companions.map((c) => (
                  <li key={c.key}>
                    <a href={pageOf(c.key)} dir="auto">
                      {c.name}
                    </a>{' '}
                    <span class="count" title={t.entityPage.shared(formatCount(c.shared, lang))}>
                      ({formatCount(c.shared, lang)})
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          )}
          <section class="sites" aria-labelledby="sites-heading">
            <h2 id="sites-heading">{t.entityPage.sites}</h2>
            <ol>
              {data.sites.map((s) => (
                <li key={s.site}>
                  <bdi>{s.siteName || s.site}</bdi>{' '}
                  <span class="count">({formatCount(s.count, lang)})</span>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>

      <section class="entity-highlights" aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">{t.entityPage.highlights}</h2>
        {data.highlights.length === 0 ? (
          <p class="empty">{t.entityPage.noHighlights}</p>
        ) : (
          data.highlights.map(({ highlight: h, title }) => (
            <blockquote key={h.id} class={`hl hl-${h.color}`} dir="auto">
              {h.quote}
              {h.note && <p class="hl-note">{h.note}</p>}
              <footer>
                <a href={h.pageUrl} target="_blank" rel="noopener noreferrer" dir="auto">
                  {title || h.pageUrl}
                </a>
              </footer>
            </blockquote>
          ))
        )}
      </section>
    </main>
  );
}
