/**
 * Tokenisation that keeps character offsets into the original text: words (Arabic or Latin, with
 * their diacritics and joiners), numbers, and each punctuation mark as its own token — the way the
 * training corpora are tokenised.
 */

/** A token and where it stands in the text (`text.slice(start, end) === token.text`). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// A word: letters and the marks that live inside Arabic words (harakat, tatweel, ZWJ/ZWNJ),
// digits glued to letters, and inner apostrophes/hyphens of Latin words.
const TOKEN =
  /[\p{L}\p{M}\u0640\u200c\u200d]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+(?:[.,٫٬]\p{N}+)*|[^\s\p{L}\p{M}\p{N}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** Splits `text` into tokens with offsets. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Sentence boundaries: indexes of tokens after which a sentence ends (. ! ? ؟ and line breaks). */
export function splitSentences(text: string, tokens: Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    current.push(t);
    const next = tokens[i + 1];
    const lineBreak = next ? /\n/.test(text.slice(t.end, next.start)) : false;
    // A full stop after an initial (جون إف. كينيدي) does not end the sentence.
    const initial =
      t.text === '.' && i > 0 && /^[\u0621-\u064a]{1,2}$/.test(tokens[i - 1]!.text) && !lineBreak;
    if ((/^[.!?؟…]$/.test(t.text) && !initial) || lineBreak || current.length >= 120) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}
