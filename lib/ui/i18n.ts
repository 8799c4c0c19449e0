/**
 * The reading list's pages in Arabic (right to left, the default) and English. A dictionary per
 * language; the reader's choice is a setting shared by the popup and the dashboard.
 */
import { defineSetting } from '../settings';
import { AR_LOCALE } from './format';

export type Lang = 'ar' | 'en';

export const langSetting = defineSetting<Lang>(
  'settings.uiLanguage',
  'ar',
  (v): v is Lang => v === 'ar' || v === 'en',
);

const ar = {
  dashboardTitle: 'قائمة القراءة',
  unread: 'لم تُقرأ',
  read: 'مقروءة',
  archived: 'مؤرشفة',
  all: 'الكل',
  search: 'ابحث في العناوين والمواقع والأسماء',
  sort: 'الترتيب',
  newest: 'الأحدث',
  oldest: 'الأقدم',
  byTitle: 'العنوان',
  bySite: 'الموقع',
  allTags: 'كل الوسوم',
  markRead: 'علّمه مقروءًا',
  markUnread: 'علّمه غير مقروء',
  archive: 'أرشف',
  unarchive: 'أعده من الأرشيف',
  delete: 'احذف',
  addTag: 'أضف وسمًا',
  selected: (n: number) => `${n.toLocaleString(AR_LOCALE)} محدد`,
  empty: 'لا شيء هنا بعد.',
  emptySearch: 'لا نتائج لهذا البحث.',
  savedOn: 'حُفظ',
  highlights: 'التظليلات',
  noHighlights: 'لم تظلل شيئًا بعد.',
  importExport: 'استيراد وتصدير',
  importFile: 'استورد ملفًا (Pocket أو Instapaper أو Omnivore أو الإشارات المرجعية أو سياق)',
  exportJson: 'صدّر كل شيء (JSON)',
  exportHtml: 'صدّر إشارات مرجعية (HTML)',
  exportCsv: 'صدّر جدولًا (CSV)',
  exportMarkdown: 'صدّر التظليلات (Markdown)',
  clearAll: 'امسح القائمة',
  confirmClear: 'أتريد حذف كل ما في القائمة؟ (يُحذف من أجهزتك الأخرى أيضًا)',
  imported: (added: number, merged: number, highlights: number, skipped: number) =>
    `استُورد ${added.toLocaleString(AR_LOCALE)} جديد، ودُمج ${merged.toLocaleString(AR_LOCALE)} موجود، و${highlights.toLocaleString(AR_LOCALE)} تظليل${skipped ? `؛ تُرك ${skipped.toLocaleString(AR_LOCALE)} ليس روابط ويب` : ''}.`,
  importFailed: 'لم يُستورد شيء:',
  syncOn: 'المزامنة تعمل عبر مزامنة متصفحك.',
  syncOff: 'المزامنة متوقفة: القائمة على هذا الجهاز وحده.',
  syncNewer: 'بيانات المزامنة من نسخة أحدث من سياق: تُقرأ ولا يُكتب فوقها. حدّث الإضافة.',
  syncError: 'تعذرت المزامنة الآن، وستُعاد المحاولة:',
  notSynced: (n: number) =>
    `${n.toLocaleString(AR_LOCALE)} عنصر لا يُزامن — مساحة المزامنة في متصفحك ممتلئة (تبقى على هذا الجهاز).`,
  save: 'احفظ للقراءة لاحقًا',
  saved: 'في قائمة القراءة',
  openDashboard: 'افتح قائمة القراءة',
  language: 'English',
  untitled: 'بلا عنوان',
} as const;

type Dict = { [K in keyof typeof ar]: (typeof ar)[K] extends string ? string : (typeof ar)[K] };

const en: Dict = {
  dashboardTitle: 'Reading list',
  unread: 'Unread',
  read: 'Read',
  archived: 'Archived',
  all: 'All',
  search: 'Search titles, sites and names',
  sort: 'Sort',
  newest: 'Newest',
  oldest: 'Oldest',
  byTitle: 'Title',
  bySite: 'Site',
  allTags: 'All tags',
  markRead: 'Mark read',
  markUnread: 'Mark unread',
  archive: 'Archive',
  unarchive: 'Unarchive',
  delete: 'Delete',
  addTag: 'Add tag',
  selected: (n: number) => `${n.toLocaleString('en')} selected`,
  empty: 'Nothing here yet.',
  emptySearch: 'Nothing matches this search.',
  savedOn: 'Saved',
  highlights: 'Highlights',
  noHighlights: 'No highlights yet.',
  importExport: 'Import and export',
  importFile: 'Import a file (Pocket, Instapaper, Omnivore, bookmarks or Siyaq)',
  exportJson: 'Export everything (JSON)',
  exportHtml: 'Export bookmarks (HTML)',
  exportCsv: 'Export a spreadsheet (CSV)',
  exportMarkdown: 'Export highlights (Markdown)',
  clearAll: 'Clear the list',
  confirmClear: 'Delete everything on the list? (It goes from your other devices too.)',
  imported: (added: number, merged: number, highlights: number, skipped: number) =>
    `Imported ${added} new, merged ${merged} already here, and ${highlights} highlights${skipped ? `; left out ${skipped} that are not web links` : ''}.`,
  importFailed: 'Nothing was imported:',
  syncOn: "Syncing through your browser's sync.",
  syncOff: 'Sync is off: the list is on this device only.',
  syncNewer: 'The sync data is from a newer Siyaq: read, never overwritten. Update the extension.',
  syncError: 'Sync failed for now and will retry:',
  notSynced: (n: number) =>
    `${n} items not synced — storage of your browser's sync is full (they stay on this device).`,
  save: 'Save for later',
  saved: 'On your reading list',
  openDashboard: 'Open the reading list',
  language: 'العربية',
  untitled: 'Untitled',
};

export const messages: Record<Lang, Dict> = { ar, en };
