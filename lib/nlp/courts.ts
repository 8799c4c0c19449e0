/**
 * Courts named with the place they sit in after ب, as the Maghreb names its courts (issue 13):
 * محكمة الاستئناف بفاس، المحكمة الابتدائية بصفاقس. Run by construct-bodies.ts at each word.
 */
import { stripClitics } from './clitics';
import { claim, isOneOf } from './tag-edits';
import { normalizeWord } from '../text/normalize';

const COURT = normalizeWord('محكمة');

/**
 * A court named with the place it sits in after ب, as the Maghreb names its courts (محكمة
 * الاستئناف بفاس، المحكمة الابتدائية بصفاقس، المحكمة الجنائية بولاية نواكشوط الغربية): the court,
 * one to three definite words and the place — the tags' whole, after an area's head too.
 * Returns the index of its last token, -1 when none begins at `k`.
 */
export function claimCourtAt(tokens: string[], t: string[], k: number): number {
  const n = normalizeWord(tokens[k]!);
  const { stem } = stripClitics(n);
  // (behind a one-letter proclitic too: لمحكمة، بالمحكمة; untagged, or the court of its kind the
  // dictionary claimed: محكمة الاستئناف | بفاس)
  const listed = t[k] === 'B-ORG';
  if ((t[k] !== 'O' && !listed) || (stem !== COURT && n.slice(1) !== COURT)) return -1;
  // (its kind, not a court of somewhere else whose verb's object follows: المحكمة الأوروبية |
  // بلجيكا، المحكمة الدولية | بفلسطين)
  let i = k + 1;
  while (
    i < tokens.length &&
    i - k <= 3 &&
    t[i] === (listed ? 'I-ORG' : 'O') &&
    isOneOf(tokens[i]!, COURT_KINDS)
  )
    i++;
  if (i === k + 1 || (listed && t[i] === 'I-ORG')) return -1;
  // ب and the place: بفاس (the place tagged behind its ب), or بولاية / بمدينة before it.
  let at = i;
  const b = normalizeWord(tokens[at] ?? '');
  if (!b.startsWith('ب')) return -1;
  if (t[at] === 'O' && LOC_HEAD_AFTER_B.has(b.slice(1)) && t[at + 1] === 'B-LOC') at++;
  else if (t[at] !== 'B-LOC') return -1;
  let end = at + 1;
  while (t[end] === 'I-LOC') end++;
  claim(t, k, end, 'ORG');
  return end - 1;
}
/** Kinds of court named with their seat (محكمة الاستئناف بفاس، المحكمة الابتدائية بصفاقس). */
const COURT_KINDS = new Set(
  [
    'الاستئناف',
    'الابتدائية',
    'الجنائية',
    'الجنايات',
    'الإدارية',
    'التجارية',
    'العليا',
    'الجزئية',
    'الكلية',
    'الشرعية',
    'العسكرية',
    'الدستورية',
    'العمالية',
    'المدنية',
    'الجزائية',
    'النقض',
    'التمييز',
  ].map(normalizeWord),
);
/** An area's head after ب, before the place (بولاية نواكشوط، بمدينة صفاقس). */
const LOC_HEAD_AFTER_B = new Set(['ولاية', 'مدينة', 'محافظة', 'إقليم', 'عمالة'].map(normalizeWord));
