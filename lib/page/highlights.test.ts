import { expect, it } from 'vitest';
import { selectionProblem } from './highlights';

it('ignores selections in editable fields, on our own UI, or of only whitespace', () => {
  expect(selectionProblem('نص', true, false)).toBe('ignore');
  expect(selectionProblem('نص', false, true)).toBe('ignore');
  expect(selectionProblem(' \n\t ', false, false)).toBe('ignore');
  expect(selectionProblem('', false, false)).toBe('ignore');
});

it('refuses a selection over 5,000 characters, accepts the rest', () => {
  expect(selectionProblem('ب'.repeat(50_000), false, false)).toBe('too-long');
  expect(selectionProblem('ب'.repeat(5000), false, false)).toBeNull();
  expect(selectionProblem('معاهدة الأمن الجماعي', false, false)).toBeNull();
});
