import { describe, expect, it, vi } from 'vitest';
import { errorFromAnswer, PanelApiError } from '../../admin-ui/src/api/errors';
import { queryValues } from '../../admin-ui/src/api/query';
import { activityData } from '../../admin-ui/src/charts/activity-chart';
import { languageOf, readPanelConfig } from '../../admin-ui/src/config';
import { createTranslator, loadMessages, type Messages } from '../../admin-ui/src/i18n';
import { en } from '../../admin-ui/src/i18n/en';
import { ru } from '../../admin-ui/src/i18n/ru';
import { tr } from '../../admin-ui/src/i18n/tr';
import { filterFromParams, queryOf } from '../../admin-ui/src/pages/logs/log-filter';
import { sourceKey } from '../../admin-ui/src/pages/mapping/rule-text';
import {
  fieldErrorsOf,
  keyErrorsForUrl,
  patchFromForm,
  type SettingsForm,
} from '../../admin-ui/src/pages/settings/settings-form';
import { hashOf, parseHash } from '../../admin-ui/src/route-hash';
import { ozonSettingsPatchSchema } from '../../bridge/src/contract/ozon-settings';
import { validationError } from '../../bridge/src/http/errors';

describe('panel configuration', () => {
  it("follows OpenCart's admin language in either spelling", () => {
    expect(languageOf('ru-ru')).toBe('ru');
    expect(languageOf('tr')).toBe('tr');
    expect(languageOf('de-de')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('uses the proxy when the module page gives one, the bridge directly otherwise', () => {
    const proxied = readPanelConfig({
      proxyUrl: 'index.php?route=x&user_token=t',
      language: 'ru',
      canModify: '0',
    });
    expect(proxied.transport).toEqual({ kind: 'proxy', proxyUrl: 'index.php?route=x&user_token=t' });
    expect(proxied.canModify).toBe(false);
    const direct = readPanelConfig({ apiBase: '', csrf: 'abc' });
    expect(direct.transport).toEqual({ kind: 'direct', apiBase: '', csrf: 'abc' });
    expect(direct.canModify).toBe(true);
  });
});

describe('hash routes', () => {
  it.each([
    ['', 'dashboard', {}],
    ['#/', 'dashboard', {}],
    ['#/logs?kind=api&level=error', 'logs', { kind: 'api', level: 'error' }],
    ['#/nowhere', 'dashboard', {}],
  ])('%s → %s', (hash, page, params) => {
    expect(parseHash(hash)).toEqual({ page, params });
  });

  it("starts on OpenCart's &page= when there is no hash, and writes hashes back", () => {
    expect(parseHash('', 'settings').page).toBe('settings');
    expect(hashOf('mapping', { category: '12', empty: '' })).toBe('#/mapping?category=12');
    expect(hashOf('dashboard')).toBe('#/');
  });
});

describe('translations', () => {
  it('fill every key in Russian and Turkish, with the same placeholders as English', () => {
    // `{name}`, and `{name, plural, …}` whose forms a language chooses by itself.
    const placeholders = (text: string) =>
      [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
    for (const [key, text] of Object.entries(en)) {
      for (const other of [ru, tr]) {
        const translated = other[key as keyof typeof en];
        expect(translated, key).not.toBe('');
        expect(placeholders(translated), key).toEqual(placeholders(text));
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator(ru);
    expect(t('logs.page', { page: 3 })).toBe('Страница 3');
    expect(createTranslator(en)('logs.page')).toBe('Page {page}');
  });

  it('writes a count in the words its number takes, in each language (not "attributes of 1")', () => {
    const status = (messages: Messages, language: 'en' | 'ru' | 'tr', n: number) =>
      createTranslator(messages, language)('mapping.catalogueStatus', {
        leaves: n,
        attributes: n,
        values: n,
        date: '1.1.2026',
      });
    expect(status(en, 'en', 0)).toBe(
      'Ozon catalogue on the bridge: 0 categories, attributes downloaded for no category yet, 0 dictionary values (tree from 1.1.2026).',
    );
    expect(status(en, 'en', 1)).toContain(
      ': 1 category, attributes downloaded for 1 category, 1 dictionary value (',
    );
    expect(status(en, 'en', 1234)).toContain(
      ': 1,234 categories, attributes downloaded for 1,234 categories, 1,234 dictionary values (',
    );
    expect(status(ru, 'ru', 1)).toContain(': 1 категория, атрибуты загружены для 1 категории, 1 значение ');
    expect(status(ru, 'ru', 3)).toContain(': 3 категории, атрибуты загружены для 3 категорий, 3 значения ');
    expect(status(ru, 'ru', 5)).toContain(': 5 категорий, атрибуты загружены для 5 категорий, 5 значений ');
    expect(status(ru, 'ru', 21)).toContain(
      ': 21 категория, атрибуты загружены для 21 категории, 21 значение ',
    );
    expect(status(ru, 'ru', 0)).toContain('атрибуты не загружены ни для одной категории');
    expect(status(tr, 'tr', 3)).toContain(
      ': 3 kategori, 3 kategorinin özellikleri indirildi, 3 sözlük değeri ',
    );
    expect(status(tr, 'tr', 0)).toContain('henüz hiçbir kategorinin özellikleri indirilmedi');
    const required = (n: number) => createTranslator(en, 'en')('mapping.requiredMissing', { count: n });
    expect(required(1)).toBe('1 required attribute not mapped yet.');
    expect(required(2)).toBe('2 required attributes not mapped yet.');
  });

  it("loads the admin's language", async () => {
    await expect(loadMessages('tr')).resolves.toBe(tr);
    await expect(loadMessages('en')).resolves.toBe(en);
  });

  it("speaks English when the admin's dictionary cannot be loaded", async () => {
    vi.resetModules();
    vi.doMock('../../admin-ui/src/i18n/ru', () => {
      throw new Error('the chunk did not load');
    });
    try {
      const fresh = await import('../../admin-ui/src/i18n');
      await expect(fresh.loadMessages('ru')).resolves.toEqual(en);
    } finally {
      vi.doUnmock('../../admin-ui/src/i18n/ru');
    }
  });
});

describe('the settings form', () => {
  const form: SettingsForm = {
    clientId: '123456',
    apiKey: '',
    apiUrl: 'https://api-seller.ozon.ru',
    offerIdSource: 'model',
    autoSync: false,
    descriptionLanguage: 'ru-ru',
    currency: 'RUB',
    defaultVat: '0',
    vatByTaxClass: { '9': '0.2', '10': '' },
    defaultWarehouseId: ' ',
  };
  const t = createTranslator(en);

  it('sends an empty key (keep the stored one), drops unset VAT rows and blank warehouse', () => {
    expect(patchFromForm(form)).toMatchObject({
      apiKey: '',
      vatByTaxClass: { '9': '0.2' },
      defaultWarehouseId: null,
    });
  });

  const stored = {
    ...form,
    vatByTaxClass: {},
    defaultWarehouseId: null,
    apiKey: { set: true },
    configured: true,
  };
  /** The 422 the bridge answers for a form, built by the bridge's own validator. */
  const refusal = (sent: SettingsForm): PanelApiError => {
    const parsed = ozonSettingsPatchSchema.safeParse(patchFromForm(sent));
    const fields = parsed.success ? {} : (validationError(parsed.error, 'Ozon settings').fields ?? {});
    return new PanelApiError('VALIDATION_FAILED', 'Ozon settings is not valid', 422, fields);
  };

  it("shows the bridge's field errors by field, in the panel's words, once each", () => {
    const sent = { ...form, clientId: 'x1', apiKey: 'has space', apiUrl: 'http://example.com' };
    const errors = fieldErrorsOf(refusal(sent), sent, stored, t);
    expect(Object.keys(errors).sort()).toEqual(['apiKey', 'apiUrl', 'clientId']);
    expect(errors.clientId).toEqual([t('settings.field.clientId')]);
    // Too short and with a space: two issues from the bridge, one message of the panel's.
    const short = { ...form, apiKey: 'a b' };
    expect(fieldErrorsOf(refusal(short), short, stored, t).apiKey).toEqual([t('settings.field.apiKey')]);
    expect(fieldErrorsOf(undefined, sent, stored, t)).toEqual({});
  });

  it("says why the bridge refused an empty key: the API URL moved (with the rest of the form's errors)", () => {
    const moved = { ...form, apiUrl: 'http://127.0.0.1:9000/' };
    const keyAgain = new PanelApiError('VALIDATION_FAILED', 'not valid', 422, { apiKey: ['enter it again'] });
    expect(fieldErrorsOf(keyAgain, moved, stored, t)).toEqual({ apiKey: [t('settings.field.apiKeyForUrl')] });
    const alsoId = { ...moved, clientId: 'x1' };
    expect(Object.keys(fieldErrorsOf(refusal(alsoId), alsoId, stored, t)).sort()).toEqual([
      'apiKey',
      'clientId',
    ]);
  });

  it('asks for the key again when the API URL moves away from the one it was saved with', () => {
    const moved = { ...form, apiUrl: 'http://127.0.0.1:9000/' };
    expect(keyErrorsForUrl(moved, stored, t)).toEqual({ apiKey: [t('settings.field.apiKeyForUrl')] });
    expect(keyErrorsForUrl({ ...moved, apiKey: 'typed-again-0000' }, stored, t)).toEqual({});
    expect(keyErrorsForUrl({ ...form, apiUrl: 'https://api-seller.ozon.ru/' }, stored, t)).toEqual({});
    expect(keyErrorsForUrl(moved, { ...stored, apiKey: { set: false } }, t)).toEqual({});
  });
});

describe('log filter', () => {
  it('keeps only known values from the hash and builds the server query', () => {
    const filter = filterFromParams({
      level: 'fatal',
      kind: 'api',
      text: '  MODEL-1 ',
      from: '2026-01-02T03:04',
    });
    expect(filter.level).toBe('');
    const query = queryOf(filter, 99, 50);
    expect(query).toMatchObject({ kind: 'api', text: 'MODEL-1', before: 99, limit: 50 });
    expect(query.level).toBeUndefined();
    expect(query.from).toBe(new Date('2026-01-02T03:04').toISOString());
    expect(queryValues({ a: 1, b: '', c: undefined, d: 'x y', e: null })).toEqual({ a: '1', d: 'x y' });
  });
});

describe('API errors', () => {
  it("reads the bridge's envelope, and says when the answer was not the bridge's", () => {
    const envelope = {
      error: { code: 'VALIDATION_FAILED', message: 'bad', requestId: 'r1', fields: { a: ['x'] } },
    };
    const parsed = errorFromAnswer(422, envelope, '');
    expect([parsed.code, parsed.fields, parsed.requestId]).toEqual(['VALIDATION_FAILED', { a: ['x'] }, 'r1']);
    expect(errorFromAnswer(502, undefined, 'Bad Gateway').code).toBe('BRIDGE_UNAVAILABLE');
    expect(errorFromAnswer(200, undefined, '<html>login</html>').code).toBe('BAD_RESPONSE');
  });
});

describe('chart and rule helpers', () => {
  it("turns the bridge's buckets into uPlot columns", () => {
    const data = activityData({
      kind: 'api',
      bucketSeconds: 60,
      buckets: [
        { at: '2026-01-01T00:00:00.000Z', info: 1, warning: 0, error: 2 },
        { at: '2026-01-01T00:01:00.000Z', info: 3, warning: 1, error: 0 },
      ],
    });
    expect(data).toEqual([
      [1767225600, 1767225660],
      [1, 3],
      [0, 1],
      [2, 0],
    ]);
  });

  it('names each rule source for the editor select', () => {
    expect(sourceKey({ kind: 'attribute', attributeId: 4 })).toBe('attribute:4');
    expect(sourceKey({ kind: 'field', field: 'model' })).toBe('field:model');
    expect(sourceKey({ kind: 'fixed', value: 'x' })).toBe('fixed');
    expect(sourceKey(undefined)).toBe('');
  });
});
