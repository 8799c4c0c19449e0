/** Function words: never the first or last word of a name (entities.ts trims them from mentions; name-rules.ts never takes one for a name). */
import { normalizeWord } from '../text/normalize';

export const FUNCTION_WORDS = new Set(
  [
    'ان',
    'فان',
    'وان',
    'بان',
    'لان',
    'كان',
    'قد',
    'لقد',
    'في',
    'من',
    'علي',
    'الي',
    'عن',
    'مع',
    'هذا',
    'هذه',
    'ذلك',
    'التي',
    'الذي',
    'الذين',
    'حيث',
    'بعد',
    'قبل',
    'كما',
    'قال',
    'وقال',
    'وقالت',
    'قالت',
    'انه',
    'انها',
    'ثم',
    'او',
    'و',
    'اي',
    'لم',
    'لن',
    'كانت',
    'هو',
    'هي',
    'هم',
    'انهم',
    'انهما',
    'لانه',
    'لانها',
    'لانهم',
    'لكن',
    'لكنه',
    'لكنها',
    // (particles of wish and hope: وقال إبراهيم | ليت إسماعيل)
    'ليت',
    'لعل',
    'خلال',
    'حتي',
    'عند',
    'لدي',
    'بين',
    'منذ',
    'اللذين',
    'اللتين',
    'اللاتي',
    'اللواتي',
    'اذا',
    'لا',
    'ما',
  ].map(normalizeWord),
);

/**
 * Prepositions that folding reads as names' words (أمام as إمام, على as علي, إلى as إلي), as
 * written: inside a name, they are the preposition (موقف حازم أمام الانتهاكات، وحصل حاتم على
 * الجائزة) — but a name's first word written على may be علي as Egyptian papers spell it. So are
 * أن and إن with their hamza, which folding reads as آن (Anne): بلينكن أن واشنطن تدعم is no آن
 * واشنطن.
 */
export const PREPOSITION_AS_NAME = /^[وف]?(على|أمام|إلى|حتى|أن|إن)$/u;

/** أن and إن as written, with their hamza (and a pronoun: أنه، إنها): never inside a name. */
export const HAMZA_AN = /^[وف]?[أإ]ن(ه|ها)?$/u;
