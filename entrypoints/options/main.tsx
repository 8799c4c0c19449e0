/** The options page: the same settings as the sidebar, plus the list of sites Siyaq is off on. */
import { render } from 'preact';
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
import { formatCount } from '../../lib/ui/format';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import {
  autoOpenSetting,
  besideSetting,
  disabledSitesSetting,
  setSiteDisabled,
  wikipediaSetting,
} from '../../lib/settings';

/** The Wikipedia answers kept on this device, and a button to delete them. */
function SavedCards() {
  const count = useLiveQuery(() => db().cards.count(), []);
  const [done, setDone] = useState(false);
  return (
    <section>
      <h2>بطاقات ويكيبيديا المحفوظة</h2>
      <p class="hint">
        تُحفظ إجابات ويكيبيديا على جهازك لتظهر البطاقات دون طلب جديد، وتبقى ظاهرة (معلَّمة بأنها
        محفوظة) حتى إن أوقفت البحث في ويكيبيديا.
      </p>
      <p role="status">
        {count === undefined ? '…' : `${formatCount(count, 'ar')} بطاقة محفوظة`}
        {done && count === 0 ? ' — حُذفت.' : ''}
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
        احذف البطاقات المحفوظة
      </button>
    </section>
  );
}

function Options() {
  const [autoOpen, setAutoOpen] = useSetting(autoOpenSetting, false);
  const [beside, setBeside] = useSetting(besideSetting, true);
  const [wikipedia, setWikipedia] = useSetting(wikipediaSetting, true);
  const [sites] = useSetting(disabledSitesSetting, []);
  const [budget, setBudget] = useSetting(cacheBudgetSetting, DEFAULT_BUDGET);
  const [budgetError, setBudgetError] = useState<string | null>(null);
  const saveBudget = (next: CacheBudget) => {
    if (!isValidBudget(next)) {
      setBudgetError(`أدخل عددًا صحيحًا لا يقل عن ${MIN_BUDGET}؛ لم يُغيَّر شيء.`);
      return;
    }
    setBudgetError(null);
    setBudget(next);
  };
  const welcome = new URLSearchParams(location.search).has('welcome');
  return (
    <main>
      {welcome && (
        <section class="welcome" aria-labelledby="welcome-heading">
          <h1 id="welcome-heading">أهلًا بك في سياق</h1>
          <p>
            في مقالات الأخبار العربية يظهر لسان «سياق» على حافة الصفحة: افتحه لترى أبرز الأشخاص
            والأماكن والمنظمات في المقال، وبطاقة تعريف لكل منها، وروابط «اقرأ أيضًا».
          </p>
          <p>
            ما تقرؤه يبقى على جهازك. الاستثناء الوحيد: عند فتح الشريط الجانبي تُرسل أسماء المقال
            وحدها (لا عنوان الصفحة ولا عنوانها الإلكتروني) إلى ويكيبيديا العربية لجلب بطاقات
            التعريف، وتُحفظ الإجابات على جهازك. يمكنك إيقاف ذلك من الخيار أدناه؛ تبقى بطاقات البلدان
            والمدن المضمّنة في الإضافة.
          </p>
        </section>
      )}
      <h1>إعدادات سياق</h1>
      <Toggle checked={autoOpen} onChange={setAutoOpen}>
        افتح الشريط الجانبي تلقائيًا في المقالات
      </Toggle>
      <Toggle checked={beside} onChange={setBeside}>
        اعرض الصفحة بجانب الشريط الجانبي في النوافذ العريضة (وإلا يظهر الشريط فوق طرف الصفحة)
      </Toggle>
      <Toggle checked={wikipedia} onChange={setWikipedia}>
        ابحث عن الأسماء في ويكيبيديا العربية عند فتح الشريط الجانبي (تُرسل الأسماء وحدها، لا عنوان
        الصفحة)
      </Toggle>
      <section>
        <h2>ذاكرة سياق</h2>
        <p class="hint">
          يحفظ سياق المقالات التي قرأتها وروابط «اقرأ أيضًا» التي مرّت بك ليقترح عليك ما يتصل بها. إذا
          تجاوزت العدد المحدد حُذف الأقدم أولًا؛ أما تظليلاتك وقائمة قراءتك فلا تُحذف أبدًا.
        </p>
        <label class="number">
          أقصى عدد من المقالات{' '}
          <input
            type="number"
            min={MIN_BUDGET}
            step={100}
            value={budget.articles}
            onChange={(e) => saveBudget({ ...budget, articles: Number(e.currentTarget.value) })}
          />
        </label>
        <label class="number">
          أقصى عدد من الروابط{' '}
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
            {budgetError}
          </p>
        )}
      </section>
      <SavedCards />
      <section>
        <h2>مواقع لا يعمل عليها سياق</h2>
        {sites.length === 0 ? (
          <p class="empty">لا مواقع. يعمل سياق على كل مقالات الأخبار العربية.</p>
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
                  أعد تفعيله
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
