/** The options page: the same settings as the sidebar, plus the list of sites Siyaq is off on. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  autoOpenSetting,
  disabledSitesSetting,
  setSiteDisabled,
  wikipediaSetting,
} from '../../lib/settings';

function Options() {
  const [autoOpen, setAutoOpen] = useState(false);
  const [sites, setSites] = useState<string[]>([]);
  const [wikipedia, setWikipedia] = useState(true);
  useEffect(() => {
    void autoOpenSetting.getValue().then(setAutoOpen);
    void disabledSitesSetting.getValue().then(setSites);
    void wikipediaSetting.getValue().then(setWikipedia);
    const c = wikipediaSetting.watch(setWikipedia);
    const a = autoOpenSetting.watch((v) => setAutoOpen(v));
    const b = disabledSitesSetting.watch((v) => setSites(v));
    return () => {
      a();
      b();
      c();
    };
  }, []);
  return (
    <main>
      <h1>إعدادات سياق</h1>
      <label class="toggle">
        <input
          type="checkbox"
          checked={autoOpen}
          onChange={(e) =>
            void autoOpenSetting.setValue((e.currentTarget as HTMLInputElement).checked)
          }
        />
        افتح الشريط الجانبي تلقائيًا في المقالات
      </label>
      <label class="toggle">
        <input
          type="checkbox"
          checked={wikipedia}
          onChange={(e) =>
            void wikipediaSetting.setValue((e.currentTarget as HTMLInputElement).checked)
          }
        />
        ابحث عن الأسماء في ويكيبيديا العربية عند فتح الشريط الجانبي (تُرسل الأسماء وحدها، لا عنوان
        الصفحة)
      </label>
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
