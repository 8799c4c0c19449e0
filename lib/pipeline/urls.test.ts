import { expect, it } from 'vitest';
import { toHttpUrl } from './urls';

const base = 'https://example.com/news/2024/01/story.html?x=1#top';

it.each([
  ['/a/b', 'https://example.com/a/b'],
  ['c.html', 'https://example.com/news/2024/01/c.html'],
  ['//cdn.example.org/p', 'https://cdn.example.org/p'],
  ['http://other.example/x#frag', 'http://other.example/x'],
  ['  https://example.com/spaced  ', 'https://example.com/spaced'],
])('makes %j absolute: %s', (href, url) => expect(toHttpUrl(href, base)).toBe(url));

it.each([
  'javascript:alert(1)',
  'JavaScript:void(0)',
  'data:text/html,hi',
  'mailto:a@b.c',
  '#',
  '',
  null,
  'http://[bad',
])('drops %j', (href) => expect(toHttpUrl(href, base)).toBeNull());
