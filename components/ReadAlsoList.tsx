import type { ReadAlsoLink } from '../lib/pipeline/read-also';

const GROUPS: { placement: ReadAlsoLink['placement']; label: string }[] = [
  { placement: 'in-article', label: 'في متن المقال' },
  { placement: 'after-article', label: 'بعد المقال' },
];

/** The page's own "read also" links, grouped by where the site put them; each opens a new tab. */
export function ReadAlsoList({ links }: { links: ReadAlsoLink[] }) {
  return (
    <section class="read-also" aria-labelledby="read-also-heading">
      <h2 id="read-also-heading">
        اقرأ أيضًا <span class="count">({links.length})</span>
      </h2>
      {links.length === 0 ? (
        <p class="empty">لا روابط «اقرأ أيضًا» في هذه الصفحة.</p>
      ) : (
        GROUPS.map(({ placement, label }) => {
          const group = links.filter((l) => l.placement === placement);
          if (group.length === 0) return null;
          return (
            <div class="group" key={placement}>
              <h3>
                من هذه الصفحة · <span class="placement">{label}</span>
              </h3>
              <ul>
                {group.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} target="_blank" rel="noopener noreferrer" dir="auto">
                      {link.title}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
