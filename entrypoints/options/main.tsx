/** The options page: the same settings as the sidebar, plus the list of sites Siyaq is off on. */
import { render } from 'preact';
import { Toggle } from '../../components/Toggle';
import { useSetting } from '../../lib/ui/use-setting';
import {
  autoOpenSetting,
  disabledSitesSetting,
  setSiteDisabled,
  wikipediaSetting,
} from '../../lib/settings';

function Options() {
  const [autoOpen, setAutoOpen] = useSetting(autoOpenSetting, false);
  const [wikipedia, setWikipedia] = useSetting(wikipediaSetting, true);
  const [sites] = useSetting(disabledSitesSetting, []);
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
      <Toggle checked={wikipedia} onChange={setWikipedia}>
        ابحث عن الأسماء في ويكيبيديا العربية عند فتح الشريط الجانبي (تُرسل الأسماء وحدها، لا عنوان
        الصفحة)
      </Toggle>
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
