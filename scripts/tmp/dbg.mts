import { loadPage } from '/work/main/lib/node/html';
import { findBodyRoot } from '/work/main/lib/pipeline/body-root';
import { foldArabic } from '/work/main/lib/pipeline/arabic-text';
const { doc, url } = await loadPage(process.argv[2]!);
const root = findBodyRoot(doc);
console.log('bodyRoot', root?.tagName, root?.className, root?.id);
const w = doc.createTreeWalker(doc.body, 4);
for (let n = w.nextNode(); n; n = w.nextNode()) {
  const f = foldArabic((n as Text).data);
  if (/اخترنا|ذات صله|ايضا|مقترحه/.test(f) && f.length < 80) {
    let chain = []; for (let e = n.parentElement; e && chain.length < 8; e = e.parentElement) chain.push(e.tagName + '.' + (e.className||'').toString().slice(0,30) + '[' + e.querySelectorAll('a[href]').length + ']');
    console.log(JSON.stringify(f), chain.join(' < '));
  }
}
