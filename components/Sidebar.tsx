import type { ArticleRecord, CardRecord, StoredEntity } from '../lib/db/database';
import type { EntityHistory } from '../lib/cards/history';
import type { PlaceIndex } from '../lib/cards/places';
import type { RelatedResult } from '../lib/related/query';
import type { CardsState } from './EntityCard';
import type { LiveState } from '../lib/ui/use-live-port';
import { useLang } from '../lib/ui/lang';
import { ArticleHeader } from './ArticleHeader';
import { SaveForLater, type SaveForLaterProps } from './SaveForLater';
import { HighlightsList, type HighlightsListProps } from './HighlightsList';
import { KeyEntities, type KeyEntitiesProps } from './KeyEntities';
import { ReadAlsoList } from './ReadAlsoList';
import { StorySoFar } from './StorySoFar';
import type { StoryResult } from '../lib/story/story';
import { SidebarSettings } from './SidebarSettings';

/** Everything the sidebar shows, as props: the frame's entrypoint wires it to Dexie and storage. */
export interface SidebarProps {
  article: LiveState<ArticleRecord | undefined>;
  autoOpen: boolean;
  onClose: () => void;
  /** Opens the options page, where the settings are changed. */
  onOpenSettings: () => void;
  onDisableSite: (site: string) => void;
  selectedEntity?: string | null;
  onSelectEntity?: (entity: StoredEntity | null) => void;
  cards?: Map<string, CardRecord>;
  cardsState?: CardsState;
  wikipedia?: boolean;
  history?: EntityHistory | null;
  places?: PlaceIndex | null;
  related?: RelatedResult | null;
  /** The earlier articles of this article's story (issue 19). */
  story?: StoryResult | null;
  /** The page's highlights and what to do with them (absent: the section is not shown). */
  highlights?: HighlightsListProps | null;
  /** The article on the reading list (absent: the button is not shown). */
  saveForLater?: SaveForLaterProps | null;
  /** Following names from their cards (absent: no follow buttons). */
  follow?: Pick<KeyEntitiesProps, 'followed' | 'onFollow' | 'followFailed'> | null;
}

/** The sidebar: header bar, the article, its read-also links, settings. */
export function Sidebar({
  article,
  autoOpen,
  onClose,
  onOpenSettings,
  onDisableSite,
  selectedEntity = null,
  onSelectEntity,
  cards,
  cardsState,
  wikipedia = true,
  history = null,
  places = null,
  related = null,
  story = null,
  highlights = null,
  saveForLater = null,
  follow = null,
}: SidebarProps) {
  const { t } = useLang();
  return (
    <div class="sidebar">
      <div class="bar">
        <span class="brand">{t.brand}</span>
        <button
          type="button"
          class="close"
          onClick={onClose}
          aria-label={t.sidebar.close}
          title={t.sidebar.closeShort}
        >
          ✕
        </button>
      </div>
      <main>
        {article.status === 'loading' && (
          <p class="status" aria-busy="true">
            {t.sidebar.loading}
          </p>
        )}
        {article.status === 'error' && (
          <p class="status error" role="alert">
            {t.sidebar.loadFailed} {article.error.message}
          </p>
        )}
        {article.status === 'ready' && !article.value && (
          <p class="status">{t.sidebar.notStored}</p>
        )}
        {article.status === 'ready' && article.value && (
          <>
            <ArticleHeader article={article.value} />
            {saveForLater && <SaveForLater {...saveForLater} />}
            <KeyEntities
              entities={article.value.entities ?? []}
              selected={selectedEntity}
              onSelect={onSelectEntity}
              cards={cards}
              cardsState={cardsState}
              history={history}
              places={places}
              {...follow}
            />
            {highlights && <HighlightsList {...highlights} />}
            <StorySoFar
              story={story ?? undefined}
              current={{
                title: article.value.title,
                url: article.value.pageUrl,
                highlights: highlights?.highlights ?? [],
              }}
            />
            <ReadAlsoList
              links={article.value.readAlso}
              related={related?.related}
              readOwn={related?.readOwn}
            />
            <SidebarSettings
              site={article.value.site}
              autoOpen={autoOpen}
              wikipedia={wikipedia}
              onOpenSettings={onOpenSettings}
              onDisableSite={() => onDisableSite(article.value!.site)}
            />
          </>
        )}
      </main>
    </div>
  );
}
