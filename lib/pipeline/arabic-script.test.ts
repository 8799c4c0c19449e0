import { expect, it } from 'vitest';
import { arabicScriptShare, nonArabicShare, scriptStats } from './arabic-script';

it('sees Arabic as Arabic script with no Persian letters', () => {
  const s = scriptStats('وزارة الدفاع الروسية تعلن تعيين قائد جديد للقوات في كازاخستان');
  expect(arabicScriptShare(s)).toBe(1);
  expect(nonArabicShare(s)).toBe(0);
});

it('sees Persian and Urdu by the letters Arabic does not use', () => {
  expect(
    nonArabicShare(scriptStats('ورود نقدینگی به بورس در سه ماه گذشته یک رکورد است')),
  ).toBeGreaterThan(0.5);
  expect(nonArabicShare(scriptStats('عدالت نے کمشنر راولپنڈی کو طلب کر لیا ہے'))).toBeGreaterThan(
    0.5,
  );
});

it('counts Latin letters against the Arabic share', () => {
  expect(arabicScriptShare(scriptStats('Obama admits US gun laws'))).toBe(0);
  const mixed = scriptStats('قال Obama إن');
  expect(arabicScriptShare(mixed)).toBeGreaterThan(0.3);
  expect(arabicScriptShare(mixed)).toBeLessThan(0.7);
});
