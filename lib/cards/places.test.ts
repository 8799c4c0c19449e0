import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTagger } from '../../tools/model-file';
import { extractEntities } from '../nlp/entities';
import { toStoredEntities } from '../nlp/key-entities';
import { isPlacesFile, PlaceIndex, placeKey, type PlacesFile } from './places';

const file = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/data/places.json'), 'utf8'),
) as PlacesFile;
let index: PlaceIndex;
beforeAll(() => {
  index = new PlaceIndex(file);
});

const loc = (name: string, aliases: string[] = []) => ({
  key: `LOC:${placeKey(name)}`,
  name,
  type: 'LOC',
  aliases,
});

describe('offline places', () => {
  it('ships a file of the expected shape', () => {
    expect(isPlacesFile(file)).toBe(true);
    expect(file.countries.length).toBeGreaterThan(240);
    expect(file.cities.length).toBeGreaterThan(6000);
    expect(isPlacesFile({ version: 1, countries: [{}], cities: [] })).toBe(false);
    expect(() => new PlaceIndex({ ...file, version: 99 })).toThrow(/version/);
  });

  it('gives a country its Arabic facts', () => {
    const kz = index.lookup(loc('كازاخستان'));
    expect(kz).toMatchObject({
      kind: 'country',
      code: 'KZ',
      capital: 'أستانة',
      region: 'آسيا',
      subregion: 'وسط آسيا',
      flag: '🇰🇿',
    });
    expect(kz?.kind === 'country' && kz.languages).toContain('الروسية');
    expect(kz?.kind === 'country' && kz.currencies.join()).toMatch(/تينغ/);
  });

  it('matches spellings by the entity key: hamza, ta marbuta, ال, official and CLDR names', () => {
    expect(index.lookup(loc('الامارات'))?.name).toBe('الإمارات');
    expect(index.lookup(loc('الإمارات العربية المتحدة'))?.name).toBe('الإمارات');
    expect(index.lookup(loc('الولايات المتحدة الأمريكية'))?.name).toBe('الولايات المتحدة');
    expect(index.lookup(loc('السعودية'))?.name).toMatch(/السعودية/);
  });

  it('prefers the country when a city has the same name, and finds cities with their country', () => {
    expect(index.lookup(loc('الكويت'))?.kind).toBe('country');
    const moscow = index.lookup(loc('موسكو'));
    expect(moscow).toMatchObject({ kind: 'city', country: 'روسيا', countryCode: 'RU', flag: '🇷🇺' });
    expect(moscow?.kind === 'city' && moscow.population).toBeGreaterThan(10_000_000);
    // "ولاية قندهار" in the list is found as قندهار too.
    expect(index.lookup(loc('قندهار'))).toMatchObject({ kind: 'city', country: 'أفغانستان' });
  });

  it('answers only for places, and nothing for unknown names', () => {
    expect(index.lookup({ ...loc('روسيا'), type: 'PER' })).toBeNull();
    expect(index.lookup(loc('مكان لا يوجد'))).toBeNull();
    expect(index.lookup(loc(''))).toBeNull();
  });

  it('finds the countries and cities the sample article names, by the keys the extension stores', () => {
    const html = readFileSync(
      join(import.meta.dirname, '../../fixtures/pages/ar-7al-kazakhstan.html'),
      'utf8',
    );
    const text = html.replace(/<[^>]+>/g, ' ');
    const entities = toStoredEntities(extractEntities(loadTagger(), text)).filter(
      (e) => e.type === 'LOC',
    );
    const found = new Map(entities.map((e) => [e.name, index.lookup(e)?.kind]));
    expect(found.get('كازاخستان')).toBe('country');
    expect(found.get('روسيا')).toBe('country');
    expect(found.get('موسكو')).toBe('city');
  });
});
