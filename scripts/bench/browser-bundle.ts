/**
 * The code the in-browser benchmark runs, bundled with esbuild into one script that defines
 * `globalThis.__siyaqBench`: the same `detect` and `extractArticle` the extension ships, and
 * Readability's own functions to compare with.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detect } from '../../lib/pipeline/detect';
import { extractArticle } from '../../lib/pipeline/extract';
import { timeIt } from './stats';

(globalThis as unknown as { __siyaqBench: unknown }).__siyaqBench = {
  run(url: string) {
    return {
      detect: timeIt(() => detect(document, url)),
      readerable: timeIt(() => isProbablyReaderable(document)),
      extract: timeIt(() => extractArticle(document, url), 7, 50),
      readability: timeIt(
        () => new Readability(document.cloneNode(true) as Document).parse(),
        7,
        50,
      ),
    };
  },
};
