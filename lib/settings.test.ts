import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoOpenSetting, disabledSitesSetting, isSiteDisabled, setSiteDisabled } from './settings';

beforeEach(() => fakeBrowser.reset());

it('falls back to defaults, also when storage holds a value of the wrong type', async () => {
  expect(await autoOpenSetting.getValue()).toBe(false);
  expect(await disabledSitesSetting.getValue()).toEqual([]);
  await fakeBrowser.storage.local.set({
    'settings.autoOpen': 'yes',
    'settings.disabledSites': [1, 2],
  });
  expect(await autoOpenSetting.getValue()).toBe(false);
  expect(await disabledSitesSetting.getValue()).toEqual([]);
});

it('switches a site off and on by hostname without www., and watchers hear it', async () => {
  const seen = vi.fn();
  const stop = disabledSitesSetting.watch(seen);
  await setSiteDisabled('www.Youm7.com', true);
  await setSiteDisabled('youm7.com', true);
  expect(await disabledSitesSetting.getValue()).toEqual(['youm7.com']);
  expect(isSiteDisabled(await disabledSitesSetting.getValue(), 'www.youm7.com')).toBe(true);
  await setSiteDisabled('youm7.com', false);
  expect(await disabledSitesSetting.getValue()).toEqual([]);
  expect(seen).toHaveBeenLastCalledWith([]);
  stop();
});
