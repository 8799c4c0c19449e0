/**
 * Every string Siyaq shows, in Arabic: the source of the keys. `en.ts` must have the same keys
 * (its type is derived from this object: a key missing or extra there is a TypeScript error).
 * Wording here is what the tests and screenshots expect; change it with care.
 */
import { AR_LOCALE, formatCount } from '../format';

export const ar = {
  /** The extension's name as the pages show it. */
  brand: 'سياق',
  /** Dates and numbers: Arabic words with Latin digits (lib/ui/format.ts). */
  locale: AR_LOCALE,
  /** Between the items of a short list of names. */
  listSeparator: '، ',

  // The reading list's pages (popup and dashboard).
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
  saveFailed: 'تعذّر الحفظ:',
  openDashboard: 'افتح قائمة القراءة',
  /** The dashboard's switch: the name of the other language. */
  language: 'English',
  untitled: 'بلا عنوان',

  /** Why a file cannot be imported (lib/reading/formats.ts `ImportError`). */
  importErrors: {
    empty: 'الملف فارغ.',
    tooLarge: (mb: number) => `الملف أكبر من ${mb} ميغابايت.`,
    notText: 'ليس هذا ملفًا نصيًا (أو ليس بترميز UTF-8 أو UTF-16 أو Windows-1256).',
    unknownFormat: (file: string) =>
      `صيغة لا تقرؤها هذه النسخة (${file || 'الملف'}): المتوقع ملف من Pocket أو Instapaper أو Omnivore أو إشارات مرجعية HTML أو JSON من سياق.`,
    tooMany: (n: number) => `أكثر من ${n.toLocaleString(AR_LOCALE)} مدخل.`,
    unclosedQuote: 'حقل بين علامتي تنصيص لم يُغلق.',
    noColumn: (column: string) => `لا عمود "${column}" في السطر الأول.`,
    notSeconds: (column: string, value: string) => `"${column}" ليس وقتًا بالثواني: ${value}`,
    notTags: '"Tags" ليست قائمة وسوم.',
    damagedJson: 'ملف JSON هذا تالف.',
    omnivoreList: 'ملف Omnivore قائمة مقالات.',
    /** A field the schema refused; `issue` is the schema's own (English) words. */
    invalidField: (issue: string) => `حقل غير صالح: ${issue}`,
  },

  sidebar: {
    close: 'أغلق الشريط الجانبي',
    closeShort: 'أغلق',
    loading: 'جارٍ التحميل…',
    loadFailed: 'تعذّر فتح بيانات هذا المقال:',
    notStored: 'لم يُحفظ هذا المقال بعد. أعد تحميل الصفحة.',
    extensionReloaded: 'أُعيد تحميل الإضافة؛ أعد تحميل الصفحة.',
    untitled: 'مقال بلا عنوان',
    settings: 'الإعدادات',
    wikipediaState: 'البحث عن الأسماء في ويكيبيديا:',
    autoOpenState: 'الفتح التلقائي في المقالات:',
    on: 'مفعّل',
    off: 'متوقف',
    changeSettings: 'غيّر الإعدادات',
    notOnSite: 'لا تعمل على هذا الموقع',
  },

  entities: {
    heading: 'الأبرز في المقال',
    none: 'لم يُعثر على أشخاص أو أماكن أو منظمات في هذا المقال.',
    groups: { PER: 'أشخاص', LOC: 'أماكن', ORG: 'منظمات', MISC: 'أخرى' },
    kinds: { PER: 'شخص', LOC: 'مكان', ORG: 'منظمة', MISC: 'اسم' },
    showInPage: 'أظهره في الصفحة',
    mentions: 'عدد الإشارات في المقال',
    seenIn: (n: number) => `ذُكر في ${n} من مقالاتك.`,
    firstSeen: 'أول مرة يظهر فيها هذا الاسم في قراءاتك.',
    together: 'يظهر غالبًا مع:',
    noInfo: 'لا معلومات عن هذا الاسم.',
  },

  card: {
    label: (name: string) => `بطاقة ${name}`,
    source: 'من ويكيبيديا العربية',
    savedSince: (date: string) => `من ويكيبيديا العربية، محفوظة على هذا الجهاز منذ ${date}`,
    ambiguous: 'يحتمل هذا الاسم أكثر من معنى في ويكيبيديا؛ لا بطاقة مؤكدة.',
    missing: 'لا بطاقة في ويكيبيديا لهذا الاسم.',
    off: 'البحث في ويكيبيديا متوقف من الإعدادات.',
    unreachable: 'تعذّر الوصول إلى ويكيبيديا الآن؛ تُعرض المعلومات المحلية فقط.',
    loading: 'جارٍ تحميل البطاقة',
    none: 'لا بطاقة لهذا الاسم.',
  },

  place: {
    country: 'بلد',
    city: 'مدينة',
    official: 'الاسم الرسمي',
    capital: 'العاصمة',
    region: 'المنطقة',
    languages: 'اللغات',
    currency: 'العملة',
    inCountry: 'البلد',
    population: 'السكان',
    source: 'من بيانات سياق المحلية',
    capitalIs: (capital: string) => `العاصمة ${capital}`,
    cityIn: (country: string) => `مدينة في ${country}`,
    inhabitants: (population: string) => `${population} نسمة`,
    /** Words of a rounded population (lib/ui/format.ts). */
    units: { billion: 'مليار', million: 'مليون', thousand: 'ألفًا' },
  },

  myHighlights: {
    heading: 'تظليلاتي',
    empty: 'حدّد نصًّا في المقال لتظليله وإضافة ملاحظة.',
    deleted: 'حُذف التظليل.',
    undo: 'تراجع',
    notFound: 'غير موجود في هذه الصفحة الآن:',
    showInPage: 'أظهره في الصفحة',
    notePlaceholder: 'ملاحظة…',
    noteLabel: 'ملاحظة على التظليل',
    exportMarkdown: 'صدّر بصيغة Markdown',
  },

  readAlso: {
    heading: 'اقرأ أيضًا',
    none: 'لا روابط «اقرأ أيضًا» في هذه الصفحة، ولا مقالات قريبة منها في قراءاتك بعد.',
    fromPage: 'من هذه الصفحة',
    inArticle: 'في متن المقال',
    afterArticle: 'بعد المقال',
    fromReading: 'من قراءاتك',
    notYetRead: 'لم تقرأها بعد',
    readIt: 'قرأته',
    shares: 'يشترك في:',
  },

  story: {
    heading: 'القصة حتى الآن',
    newSince: 'جديد منذ زيارتك الأخيرة',
    readOn: 'تاريخ قراءتك له (لا تاريخ على الصفحة)',
    unread: 'روابط من هذه القصة لم تقرأها بعد',
  },

  follow: {
    follow: 'تابِع هذا الاسم',
    following: 'تتابعه',
    followHint: (name: string) => `ستُعلَّم المقالات التي تذكر «${name}» في قوائمك وعلى زر سياق`,
    unfollowHint: (name: string) => `توقّف عن متابعة «${name}»`,
    mark: (names: string) => `تتابع: ${names}`,
    badgeTitle: (names: string) => `سياق — يذكر هذا المقال من تتابعهم: ${names}`,
    failed: 'تعذّرت المتابعة، حاول مرة أخرى',
  },

  options: {
    title: 'إعدادات سياق',
    autoOpen: 'افتح الشريط الجانبي تلقائيًا في المقالات',
    beside: 'اعرض الصفحة بجانب الشريط الجانبي في النوافذ العريضة (وإلا يظهر الشريط فوق طرف الصفحة)',
    wikipedia:
      'ابحث عن الأسماء في ويكيبيديا العربية عند فتح الشريط الجانبي (تُرسل الأسماء وحدها، لا عنوان الصفحة)',
    language: 'لغة الواجهة',
    languageAuto: (name: string) => `لغة المتصفح (${name})`,
    memory: 'ذاكرة سياق',
    memoryHint:
      'يحفظ سياق المقالات التي قرأتها وروابط «اقرأ أيضًا» التي مرّت بك ليقترح عليك ما يتصل بها. إذا تجاوزت العدد المحدد حُذف الأقدم أولًا؛ أما تظليلاتك وقائمة قراءتك فلا تُحذف أبدًا.',
    maxArticles: 'أقصى عدد من المقالات',
    maxLinks: 'أقصى عدد من الروابط',
    budgetError: (min: number) => `أدخل عددًا صحيحًا لا يقل عن ${min}؛ لم يُغيَّر شيء.`,
    savedCards: 'بطاقات ويكيبيديا المحفوظة',
    savedCardsHint:
      'تُحفظ إجابات ويكيبيديا على جهازك لتظهر البطاقات دون طلب جديد، وتبقى ظاهرة (معلَّمة بأنها محفوظة) حتى إن أوقفت البحث في ويكيبيديا.',
    savedCount: (n: number) => `${formatCount(n, 'ar')} بطاقة محفوظة`,
    cardsCleared: 'حُذفت.',
    clearCards: 'احذف البطاقات المحفوظة',
    sitesOff: 'مواقع لا يعمل عليها سياق',
    noSitesOff: 'لا مواقع. يعمل سياق على كل مقالات الأخبار العربية.',
    enableAgain: 'أعد تفعيله',
  },

  welcome: {
    heading: 'أهلًا بك في سياق',
    intro:
      'في مقالات الأخبار العربية يظهر لسان «سياق» على حافة الصفحة: افتحه لترى أبرز الأشخاص والأماكن والمنظمات في المقال، وبطاقة تعريف لكل منها، وروابط «اقرأ أيضًا».',
    privacy:
      'ما تقرؤه يبقى على جهازك. الاستثناء الوحيد: عند فتح الشريط الجانبي تُرسل أسماء المقال وحدها (لا عنوان الصفحة ولا عنوانها الإلكتروني) إلى ويكيبيديا العربية لجلب بطاقات التعريف، وتُحفظ الإجابات على جهازك. يمكنك إيقاف ذلك من الخيار أدناه؛ تبقى بطاقات البلدان والمدن المضمّنة في الإضافة.',
  },

  /** The context menu entries (lib/background/menus.ts). */
  menus: {
    highlight: 'ظلّل بسياق',
    savePage: 'احفظ للقراءة لاحقًا',
    saveLink: 'احفظ الرابط للقراءة لاحقًا',
  },

  /**
   * What the scripts in a news page show (lib/page/): the launcher, the frames' titles, the
   * selection toolbar. The background resolves them (`pageLabels`); lib/page/ carries no dictionary.
   */
  page: {
    launcher: 'سياق',
    open: 'افتح سياق',
    frame: 'سياق',
    toolbar: 'سياق: تظليل',
    yellow: 'ظلّل بالأصفر',
    green: 'ظلّل بالأخضر',
    blue: 'ظلّل بالأزرق',
    pink: 'ظلّل بالوردي',
    note: 'ملاحظة',
    noteTitle: 'ظلّل وأضف ملاحظة',
    copy: 'نسخ',
    copyTitle: 'انسخ الاقتباس',
    notePlaceholder: 'ملاحظتك',
    saveNote: 'حفظ',
    saveNoteTitle: 'احفظ التظليل والملاحظة',
    tooLong: (max: number) => `التحديد أطول من ${max} حرف؛ اختر جزءًا أقصر.`,
  },
  /** The Markdown exports of an entity page and a story (lib/story/markdown.ts). */
  markdown: {
    articles: 'المقالات',
    week: (day: string, n: number) => `أسبوع ${day} (${n})`,
    companions: 'يظهر أكثر مع',
    sites: 'المواقع',
    highlights: 'تظليلاتك',
    story: 'القصة حتى الآن',
    shares: 'يشترك في:',
    unread: 'روابط من هذه القصة لم تقرأها بعد',
    footer: (day: string) => `صدّره سياق من قراءتك في ${day}.`,
    exportStory: 'صدّر القصة بصيغة Markdown',
  },

  /** The page of one name (entrypoints/entity). */
  entityPage: {
    title: (name: string) => `${name} في قراءتك`,
    inArticles: (n: string) => `يذكره ${n} من مقالاتك`,
    invalid: 'هذا العنوان لا يدل على اسم. افتح الصفحة من بطاقة اسم أو من قائمة الأسماء.',
    unknown: 'لا مقال محفوظ يذكر هذا الاسم (ربما حُذفت المقالات القديمة من ذاكرة سياق).',
    loading: 'جارٍ التحميل…',
    timeline: 'المقالات أسبوعًا بأسبوع',
    week: (day: string, n: string) => `أسبوع ${day} · ${n}`,
    moreInWeek: (n: string) => `و${n} غيرها في هذا الأسبوع`,
    olderWeeks: 'أسابيع أقدم',
    companions: 'يظهر أكثر مع',
    companionsHint:
      'بحسب أهمية الاسمين في المقالات التي يشتركان فيها، والأسماء الشائعة في كل قراءتك أقل وزنًا',
    shared: (n: string) => `مقالات مشتركة: ${n}`,
    highlights: 'تظليلاتك التي تذكره',
    noHighlights: 'لا تظليل من تظليلاتك يذكره.',
    sites: 'المواقع التي جاءت منها المقالات',
    exportMarkdown: 'صدّر بصيغة Markdown',
    partial: (n: string, total: string) =>
      `تظهر أحدث المقالات (${n} من ${total})، والبقية قيد التحميل…`,
    allNames: 'كل الأسماء',
    names: 'يرد أيضًا باسم:',
    readOn: 'يوم قرأته (لا تاريخ في الصفحة)',
    link: (name: string) => `كل ما قرأته عن ${name}`,
  },

  /** The dashboard's names view. */
  names: {
    tab: 'الأسماء',
    heading: 'كل الأسماء التي قرأت عنها',
    search: 'ابحث عن اسم',
    recent: 'الأحدث قراءة',
    frequent: 'الأكثر ورودًا',
    followed: 'التي تتابعها أولًا',
    total: (n: string) => `الأسماء: ${n}`,
    articles: (n: string) => `المقالات: ${n}`,
    lastSeen: (day: string) => `آخر قراءة: ${day}`,
    empty: 'لم تقرأ عن أي اسم بعد: تظهر هنا أسماء المقالات التي تقرؤها.',
    noMatch: 'لا اسم يطابق هذا البحث.',
    more: 'المزيد',
  },
} as const;
