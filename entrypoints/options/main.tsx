/**
 * The options page: the settings (the sidebar only shows them), the language, the cache budget,
 * the saved cards and the list of sites Siyaq is off on; with `?welcome`, the first-run welcome.
 */
import { useState } from 'preact/hooks';
import {
  cacheBudgetSetting,
  DEFAULT_BUDGET,
  isValidBudget,
  MIN_BUDGET,
  type CacheBudget,
} from '../../lib/related/budget';
import { Toggle } from '../../components/Toggle';
import { useSetting } from '../../lib/ui/use-setting';
import { db } from '../../lib/db/database';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { browserLang, LANGUAGE_NAMES, langSetting, type LangChoice } from '../../lib/ui/i18n';
import { mountPage, useLang } from '../../lib/ui/lang';
import {
  autoOpenSetting,
  besideSetting,
  disabledSitesSetting,
  setSiteDisabled,
  wikipediaSetting,
} from '../../lib/settings';

/** The Wikipedia answers kept on this device, and a button to delete them. */
function SavedCards() {
  const { t } = useLang();
  const count = useLiveQuery(() => db().cards.count(), []);
  const [done, setDone] = useState(false);
  return (
    <section>
      <h2>{t.options.savedCards}</h2>
      <p class="hint">{t.options.savedCardsHint}</p>
      <p role="status">
        {count === undefined ? '…' : t.options.savedCount(count)}
        {done && count === 0 ? ` — ${t.options.cardsCleared}` : ''}
      </p>
      <button
        type="button"
        class="secondary"
        disabled={!count}
        onClick={() =>
          void db()
            .cards.clear()
            .then(() => setDone(true))
        }
      >
        {t.options.clearCards}
      </button>
    </section>
  );
}

/** The language of every page: the browser's (the default), Arabic or English. */
function LanguageChoice() {
  const { t, choice } = useLang();
  return (
    <label class="language">
      {t.options.language}{' '}
      <select
        value={choice}
        onChange={(e) => void langSetting.setValue(e.currentTarget.value as LangChoice)}
      >
        <option value="auto">{t.options.languageAuto(LANGUAGE_NAMES[browserLang()])}</option>
        <option value="ar" lang="ar">
          {LANGUAGE_NAMES.ar}
        </option>
        <option value="en" lang="en">
          {LANGUAGE_NAMES.en}
        </option>
      </select>
    </label>
  );
}

function Options() {
  const { t } = useLang();
  const o = t.options;
  const [autoOpen, setAutoOpen] = useSetting(autoOpenSetting, false);
  const [beside, setBeside] = useSetting(besideSetting, true);
  const [wikipedia, setWikipedia] = useSetting(wikipediaSetting, true);
  const [sites] = useSetting(disabledSitesSetting, []);
  const [budget, setBudget] = useSetting(cacheBudgetSetting, DEFAULT_BUDGET);
  const [budgetError, setBudgetError] = useState(false);
  const saveBudget = (next: CacheBudget) => {
    if (!isValidBudget(next)) {
      setBudgetError(true);
      return;
    }
    setBudgetError(false);
    setBudget(next);
  };
  const welcome = new URLSearchParams(location.search).has('welcome');
  return (
    <main>
      {welcome && (
        <section class="welcome" aria-labelledby="welcome-heading">
          <h1 id="welcome-heading">{t.welcome.heading}</h1>
          <p>{t.welcome.intro}</p>
          <p>{t.welcome.privacy}</p>
        </section>
      )}
      <h1>{o.title}</h1>
      <LanguageChoice />
      <Toggle checked={autoOpen} onChange={setAutoOpen}>
        {o.autoOpen}
      </Toggle>
      <Toggle checked={beside} onChange={setBeside}>
        {o.beside}
      </Toggle>
      <Toggle checked={wikipedia} onChange={setWikipedia}>
        {o.wikipedia}
      </Toggle>
      <section>
        <h2>{o.memory}</h2>
        <p class="hint">{o.memoryHint}</p>
        <label class="number">
          {o.maxArticles}{' '}
          <input
            type="number"
            min={MIN_BUDGET}
            step={100}
            value={budget.articles}
            onChange={(e) => saveBudget({ ...budget, articles: Number(e.currentTarget.value) })}
          />
        </label>
        <label class="number">
          {o.maxLinks}{' '}
          <input
            type="number"
            min={MIN_BUDGET}
            step={100}
            value={budget.links}
            onChange={(e) => saveBudget({ ...budget, links: Number(e.currentTarget.value) })}
          />
        </label>
        {budgetError && (
          <p class="error" role="alert">
            {o.budgetError(MIN_BUDGET)}
          </p>
        )}
      </section>
      <SavedCards />
      <section>
        <h2>{o.sitesOff}</h2>
        {sites.length === 0 ? (
          <p class="empty">{o.noSitesOff}</p>
        ) : (
          <ul>
            {sites.map((site) => (
              <li key={site}>
                <bdi>{site}</bdi>{' '}
                <button
                  type="button"
                  class="secondary"
                  onClick={() => void setSiteDisabled(site, false)}
                >
                  {o.enableAgain}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

void mountPage(<Options />, (t) => t.options.title);
