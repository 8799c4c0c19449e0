import type { CardRecord, StoredEntity } from '../lib/db/database';
import { formatDay } from '../lib/ui/format';
import { useLang } from '../lib/ui/lang';
import { entityPageUrl, openEntityPage } from '../lib/ui/entity-link';

/**
 * A Wikipedia thumbnail (only upload.wikimedia.org addresses reach here): lazy, decorative, and
 * fetched without a referrer, so Wikimedia does not learn which article the reader is on.
 */
export function Thumbnail({ src, width }: { src: string; width?: number }) {
  return (
    <img class="thumb" src={src} alt="" loading="lazy" referrerpolicy="no-referrer" width={width} />
  );
}

/** Where the cards stand for this sidebar: looking up, done, failed, or switched off by the reader. */
export type CardsState = 'loading' | 'ready' | 'error' | 'off';

/** "Everything you read about X": the way from a card to the entity's page (issue 19). */
function PageLink({ entity }: { entity: StoredEntity }) {
  const { t } = useLang();
  return (
    <a
      class="entity-page-link"
      href={entityPageUrl(entity.key)}
      target="_blank"
      rel="noopener"
      onClick={(e) => openEntityPage(entity.key, e)}
    >
      {t.entityPage.link(entity.name)}
    </a>
  );
}

/**
 * The background card of one entity: Wikipedia's description, intro and picture, with a link.
 * Every string is rendered as text. A disambiguation page or a page of another kind of thing is
 * never shown as if it were the entity.
 */
export function EntityCard({
  entity,
  card,
  state,
  pageLink = true,
}: {
  entity: StoredEntity;
  card?: CardRecord;
  state: CardsState;
  /** Whether to link to the entity's page (not on that page itself). */
  pageLink?: boolean;
}) {
  const { t } = useLang();
  if (card?.status === 'found' && card.data) {
    const d = card.data;
    return (
      <article class="card" aria-label={t.card.label(entity.name)}>
        {d.thumbnail && <Thumbnail src={d.thumbnail} width={64} />}
        <div class="card-body">
          <a class="card-title" href={d.url} target="_blank" rel="noopener noreferrer" dir="auto">
            {d.title}
          </a>
          {d.description && (
            <p class="card-description" dir="auto">
              {d.description}
            </p>
          )}
          <p class="card-extract" dir="auto">
            {d.extract}
          </p>
          <p class="card-source">
            {state === 'off'
              ? // Lookups are off: this answer is an earlier one, kept on this device.
                t.card.savedSince(formatDay(card.fetchedAt, t.locale))
              : t.card.source}
          </p>
          {pageLink && <PageLink entity={entity} />}
        </div>
      </article>
    );
  }
  let message: string;
  if (card?.status === 'disambiguation') message = t.card.ambiguous;
  else if (card) message = t.card.missing;
  else if (state === 'off') message = t.card.off;
  else if (state === 'error') message = t.card.unreachable;
  else if (state === 'loading')
    return <div class="card skeleton" aria-busy="true" aria-label={t.card.loading} />;
  else message = t.card.none;
  return (
    <>
      <p class="card card-empty" role="status">
        {message}
      </p>
      {pageLink && <PageLink entity={entity} />}
    </>
  );
}
