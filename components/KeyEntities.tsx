import { useEffect, useRef } from 'preact/hooks';
import type { CardRecord, StoredEntity } from '../lib/db/database';
import type { EntityHistory } from '../lib/cards/history';
import { EntityCard, type CardsState } from './EntityCard';
import { EntityHistoryView } from './EntityHistoryView';
import { FollowButton } from './FollowButton';
import { PlaceCard } from './PlaceCard';
import type { PlaceIndex } from '../lib/cards/places';
import { useLang } from '../lib/ui/lang';

const GROUPS: StoredEntity['type'][] = ['PER', 'LOC', 'ORG', 'MISC'];

/** Props of {@link KeyEntities}. */
export interface KeyEntitiesProps {
  entities: StoredEntity[];
  /** Key of the entity marked in the page, if any. */
  selected?: string | null;
  onSelect?: (entity: StoredEntity | null) => void;
  cards?: Map<string, CardRecord>;
  cardsState?: CardsState;
  /** The reader's history of the selected entity, once known. */
  history?: EntityHistory | null;
  /** The bundled countries and cities, once loaded. */
  places?: PlaceIndex | null;
  /** Keys of the names the reader follows (absent: no follow button). */
  followed?: ReadonlySet<string> | null;
  onFollow?: (entity: StoredEntity, follow: boolean) => void;
  /** The key whose last follow or unfollow failed. */
  followFailed?: string | null;
}

/**
 * The article's key entities, grouped by type, with mention counts and the roles the text gives.
 * Choosing one marks its mentions in the page and scrolls to the first; choosing it again clears.
 */
export function KeyEntities({
  entities,
  selected = null,
  onSelect,
  cards = new Map(),
  cardsState = 'loading',
  history = null,
  places = null,
  followed = null,
  onFollow,
  followFailed = null,
}: KeyEntitiesProps) {
  const { t } = useLang();
  const chosen = entities.find((e) => e.key === selected);
  const detail = useRef<HTMLDivElement>(null);
  // Bring the chosen entity's cards into view (they open under its group).
  useEffect(() => {
    if (selected) detail.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [selected]);
  const place = chosen ? places?.lookup(chosen) : null;
  return (
    <section class="entities" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t.entities.heading}</h2>
      {entities.length === 0 ? (
        <p class="empty">{t.entities.none}</p>
      ) : (
        GROUPS.map((type) => {
          const group = entities.filter((e) => e.type === type);
          if (!group.length) return null;
          return (
            <div class="group" key={type} data-type={type}>
              <h3>{t.entities.groups[type]}</h3>
              <ul class="entity-list">
                {group.map((e) => (
                  <li key={e.key} class={e.role ? 'entity has-role' : 'entity'}>
                    <button
                      type="button"
                      class="name"
                      dir="auto"
                      aria-pressed={selected === e.key}
                      title={t.entities.showInPage}
                      onClick={() => onSelect?.(selected === e.key ? null : e)}
                    >
                      {e.name}
                    </button>
                    <span class="mentions" title={t.entities.mentions}>
                      {e.mentions}×
                    </span>
                    {e.role && (
                      <span class="role" dir="auto">
                        {e.role}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              {chosen && chosen.type === type && (
                <div class="entity-detail" ref={detail}>
                  {followed && onFollow && chosen.type !== 'MISC' && (
                    <FollowButton
                      name={chosen.name}
                      following={followed.has(chosen.key)}
                      onToggle={(follow) => onFollow(chosen, follow)}
                      failed={followFailed === chosen.key}
                    />
                  )}
                  {place && <PlaceCard place={place} />}
                  <EntityCard entity={chosen} card={cards.get(selected!)} state={cardsState} />
                  {history?.key === selected && <EntityHistoryView history={history} />}
                </div>
              )}
            </div>
          );
        })
      )}
    </section>
  );
}
