import type { ReadAlsoLink } from '../lib/pipeline/read-also';
import type { Related } from '../lib/related/rank';
import { useLang } from '../lib/ui/lang';
import { FollowMark } from './FollowButton';

const GROUPS: ReadAlsoLink['placement'][] = ['in-article', 'after-article'];

function ReadMark() {
  const { t } = useLang();
  return (
    <span class="read-mark" title={t.readAlso.readIt}>
      ✓ {t.readAlso.readIt}
    </span>
  );
}

function RelatedItems({ items }: { items: Related[] }) {
  const { t } = useLang();
  return (
    <ul>
      {items.map((r) => (
        <li key={r.normUrl} class={r.read ? 'read' : undefined}>
          <a href={r.url} target="_blank" rel="noopener noreferrer" dir="auto">
            {r.title || r.url}
          </a>
          <span class="related-meta">
            <bdi>{r.source}</bdi> ·{' '}
            <span class="reason">
              {t.readAlso.shares} <bdi>{r.shared.join(t.listSeparator)}</bdi>
            </span>
            {r.read && (
              <>
                {' '}
                · <ReadMark />
              </>
            )}
            {r.followed && (
              <>
                {' '}
                · <FollowMark names={r.followed} />
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Read also": the page's own links first, grouped by where the site put them, then related
 * articles from the reader's history — those already read, and those seen as links but not read
 * yet — each with why it is related. Every link opens a new tab; read ones are marked.
 */
export function ReadAlsoList({
  links,
  related = [],
  readOwn = [],
}: {
  links: ReadAlsoLink[];
  related?: Related[];
  /** URLs among `links` that the reader has read. */
  readOwn?: string[];
}) {
  const { t } = useLang();
  const read = new Set(readOwn);
  const fromReading = related.filter((r) => r.read);
  const notYet = related.filter((r) => !r.read);
  return (
    <section class="read-also" aria-labelledby="read-also-heading">
      <h2 id="read-also-heading">
        {t.readAlso.heading} <span class="count">({links.length + related.length})</span>
      </h2>
      {links.length === 0 && related.length === 0 && <p class="empty">{t.readAlso.none}</p>}
      {GROUPS.map((placement) => {
        const group = links.filter((l) => l.placement === placement);
        if (group.length === 0) return null;
        return (
          <div class="group" key={placement} data-group="own">
            <h3>
              {t.readAlso.fromPage} ·{' '}
              <span class="placement">
                {placement === 'in-article' ? t.readAlso.inArticle : t.readAlso.afterArticle}
              </span>
            </h3>
            <ul>
              {group.map((link) => (
                <li key={link.url} class={read.has(link.url) ? 'read' : undefined}>
                  <a href={link.url} target="_blank" rel="noopener noreferrer" dir="auto">
                    {link.title}
                  </a>
                  {read.has(link.url) && <ReadMark />}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {fromReading.length > 0 && (
        <div class="group" data-group="from-reading">
          <h3>{t.readAlso.fromReading}</h3>
          <RelatedItems items={fromReading} />
        </div>
      )}
      {notYet.length > 0 && (
        <div class="group" data-group="not-yet-read">
          <h3>{t.readAlso.notYetRead}</h3>
          <RelatedItems items={notYet} />
        </div>
      )}
    </section>
  );
}
