/**
 * The labels Arabic news sites put above or before their own "read also" links, folded with
 * `foldArabic` (so اقرأ/إقرأ/اقرا and أيضاً/ايضا are one entry). Each names a page it was seen on.
 * Fragile page knowledge lives here and nowhere else.
 */
export const READ_ALSO_LABELS: ReadonlySet<string> = new Set([
  'اقرا ايضا', // ar-akhbarelyom (إقرأ أيضاً), ar-elbaladtv (إقرأ أيضاً)
  'اقرا كذلك',
  'طالع ايضا',
  'للقراءه او الاستماع', // ar-7al-kazakhstan (inline, before a link)
  'اقرا المزيد',
  'مواضيع ذات صله',
  'مقالات ذات صله', // ar-lbcgroup (inside the article body)
  'اخبار ذات صله',
  'موضوعات ذات صله',
  'ذات صله',
  'مواضيع متعلقه',
  'اخبار متعلقه',
  'الاخبار المرتبطه',
  'انظر ايضا',
  'شاهد ايضا',
  'قصص مقترحه', // ar-bbc-arabic-2024 (between paragraphs)
  'اخترنا لكم', // ar-bbc-arabic-2024, ar-lbcgroup (after the article)
  'قد يهمك ايضا',
  'قد يهمك',
]);

/** Punctuation that may follow or surround a label ("اقرأ أيضا:", "— اقرأ أيضا —"). */
export const LABEL_PUNCTUATION = /^[\s:：.…\-–—|«»"'“”]+|[\s:：.…\-–—|«»"'“”]+$/g;

/**
 * Paths of links that are not articles though they sit in related blocks: topic, tag and section
 * pages (ar-bbc-arabic-2024's "مواضيع ذات صلة" lists topics such as /arabic/topics/c2dwq28209rt).
 */
export const NON_ARTICLE_PATH =
  /\/(topics?|tags?|category|categories|section|sections|author|authors|search|keywords?)(\/|$)/i;

/** At most this many read-also links are kept from one block, and from one page. */
export const MAX_LINKS_PER_BLOCK = 30;
export const MAX_LINKS_PER_PAGE = 60;

/**
 * How far up from a heading label the search for its block of links may climb; ar-lbcgroup's
 * card layout puts the heading seven levels below the row that holds its links.
 */
export const MAX_BLOCK_CLIMB = 8;

/** A block with more links than this is a whole page region, not a read-also list. */
export const MAX_BLOCK_LINKS = 40;

/**
 * Labels of a "most read" rail (folded like the labels above). A link the rail lists is popular,
 * not related: it is not harvested as read-also even where a read-also block repeats it.
 */
export const MOST_READ_LABELS: ReadonlySet<string> = new Set([
  'الاكثر قراءه',
  'الاكثر مشاهده',
  'الاكثر تداولا',
  'الاكثر شعبيه',
  'الاكثر تعليقا',
  'الاكثر رواجا',
  'الاكثر قراءه اليوم',
  'الاكثر قراءه هذا الاسبوع',
  'الاكثر متابعه',
  'الاكثر زياره',
]);
