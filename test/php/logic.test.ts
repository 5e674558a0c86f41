import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorCodeSchema } from '../../bridge/src/contract/errors';
import { storeEventSchema } from '../../bridge/src/contract/store-events';
import { sign } from '../../bridge/src/http/auth/signature';
import { storeOriginHeaders } from '../../bridge/src/security/store-origin';
import { closedPort, startBridgeStandIn } from './bridge-stand-in';
import { EXTENSION_DIR, type PhpRun, runPhpJson, runPhpTest, runPhpTestSync } from './php-runner';

function describePhpRun(title: string, run: PhpRun): void {
  describe(title, () => {
    it('runs clean: exit 0, no notice or other output, at least one case', () => {
      expect(run.strayOutput).toBe('');
      expect(run.status).toBe(0);
      expect(run.cases.length).toBeGreaterThan(0);
    });
    for (const phpCase of run.cases) {
      it(phpCase.name, () => {
        expect(phpCase.message).toBe('');
        expect(phpCase.ok).toBe(true);
        expect(phpCase.assertions).toBeGreaterThan(0);
      });
    }
  });
}

for (const script of [
  'signer_test.php',
  'proxy_rules_test.php',
  'bridge_url_test.php',
  'event_payload_test.php',
  'throttle_guard_test.php',
  'panel_assets_test.php',
  'health_answer_test.php',
]) {
  describePhpRun(script, runPhpTestSync(script));
}

describe('PHP signatures agree with the bridge', () => {
  const methods = ['GET', 'post', 'PUT', 'PATCH', 'DELETE', 'HEAD'];
  const vectors = Array.from({ length: 120 }, (_, index) => ({
    secret: randomBytes(32).toString('hex'),
    method: methods[index % methods.length] ?? 'GET',
    target: `/api/v1/${randomBytes(3).toString('hex')}?page=${index}&q=${encodeURIComponent('шапка & шарф')}`,
    timestamp: String(1_700_000_000 + index),
    nonce: randomBytes(16).toString('hex'),
    body: index % 4 === 0 ? Buffer.alloc(0) : randomBytes(index * 7),
  }));
  const fromPhp = runPhpJson<string[]>(
    'sign_vectors.php',
    [],
    JSON.stringify(vectors.map((v) => ({ ...v, body: undefined, body_base64: v.body.toString('base64') }))),
  );

  it('matches the bridge verifier (bridge/src/http/auth) for 120 random requests', () => {
    expect(fromPhp).toHaveLength(vectors.length);
    vectors.forEach((v, index) => {
      expect(fromPhp[index]).toBe(
        sign(v.secret, {
          method: v.method,
          pathWithQuery: v.target,
          timestamp: v.timestamp,
          nonce: v.nonce,
          body: v.body,
        }),
      );
    });
  });

  it('matches the contract computed directly with node:crypto', () => {
    vectors.forEach((v, index) => {
      const canonical = [
        v.method.toUpperCase(),
        v.target,
        v.timestamp,
        v.nonce,
        createHash('sha256').update(v.body).digest('hex'),
      ].join('\n');
      expect(fromPhp[index]).toBe(createHmac('sha256', v.secret).update(canonical).digest('hex'));
    });
  });
});

interface Shape {
  methods: { name: string; public: boolean; static: boolean; required: number; byReference: boolean[] }[];
  events: Record<string, [string, string]>;
  version: string;
  modelLoaded: boolean;
}

describe('controllers fit OpenCart 3', () => {
  const admin = runPhpJson<Shape>('controller_shape.php', ['admin']);
  const catalog = runPhpJson<Shape>('controller_shape.php', ['catalog']);
  const shapes = { admin, catalog };

  it('every registered event names a public handler in the app that fires it, taking its arguments by reference', () => {
    const events = Object.entries(admin.events);
    expect(events.length).toBe(7);
    for (const [code, [trigger, action]] of events) {
      expect(code.startsWith('meschain_ozon_')).toBe(true);
      const app = trigger.startsWith('admin/') ? 'admin' : 'catalog';
      expect(trigger.startsWith(`${app}/`)).toBe(true);
      expect(action.startsWith('extension/module/meschain_ozon/')).toBe(true);
      const handler = shapes[app].methods.find((m) => m.name === action.split('/').pop());
      expect(handler, `${code} → ${app} ${action}`).toBeDefined();
      expect(handler?.public).toBe(true);
      expect(handler?.byReference.every(Boolean)).toBe(true);
      // Two or more required parameters: OpenCart's URL router passes none, so handlers are not URL-callable.
      expect(handler?.required).toBeGreaterThanOrEqual(2);
    }
  });

  it('only the intended admin pages are reachable from a URL, nothing on the storefront', () => {
    const urlCallable = (shape: Shape): string[] =>
      shape.methods.filter((m) => m.required === 0).map((m) => m.name);
    expect(urlCallable(admin).sort()).toEqual(['index', 'install', 'proxy', 'save', 'uninstall']);
    expect(urlCallable(catalog)).toEqual([]);
    expect([...admin.methods, ...catalog.methods].some((m) => m.static)).toBe(false);
    expect(admin.modelLoaded).toBe(true);
  });

  it('the menu and store events cover the contract', () => {
    const triggers = Object.values(admin.events).map(([trigger]) => trigger);
    expect(triggers).toEqual(
      expect.arrayContaining([
        'admin/view/common/column_left/before',
        'catalog/model/checkout/order/addOrder/after',
        'catalog/model/checkout/order/addOrderHistory/after',
        'admin/model/catalog/product/addProduct/after',
        'admin/model/catalog/product/editProduct/after',
        'admin/model/catalog/product/deleteProduct/after',
        'admin/model/catalog/category/editCategory/after',
      ]),
    );
  });

  it('install.xml carries the same version as the PHP module', () => {
    const xml = readFileSync(join(EXTENSION_DIR, '..', 'install.xml'), 'utf8');
    expect(xml).toContain(`<version>${admin.version}</version>`);
  });

  it('the proxy answers only with error codes the bridge defines', () => {
    const source = readFileSync(
      join(EXTENSION_DIR, 'upload/admin/controller/extension/module/meschain_ozon.php'),
      'utf8',
    );
    const codes = [...source.matchAll(/answerError\(\d{3}, '([A-Z_]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThanOrEqual(5);
    for (const code of codes) {
      expect(errorCodeSchema.safeParse(code).success, String(code)).toBe(true);
    }
  });
});

// The client cases need a live server in this process, so they run while the file is collected.
const secret = randomBytes(32).toString('hex');
const standIn = await startBridgeStandIn(secret);
const stateDir = mkdtempSync(join(tmpdir(), 'meschain-php-'));
const originTarget = '/index.php?route=api/order/add';
const clientRun = await runPhpTest('client_test.php', {
  // The CLI has no request body, so the bridge signs an empty one.
  BRIDGE_ORIGIN_TARGET: originTarget,
  BRIDGE_ORIGIN_HEADERS: JSON.stringify(storeOriginHeaders(secret, { method: 'POST', target: originTarget })),
  BRIDGE_URL: standIn.url,
  DEAD_URL: `http://127.0.0.1:${await closedPort()}`,
  BRIDGE_SECRET: secret,
  STATE_DIR: stateDir,
});
await standIn.close();

afterAll(() => {
  rmSync(stateDir, { recursive: true, force: true });
});

describePhpRun('client_test.php (bridge client, proxy forwarding, notifier)', clientRun);

describe('what the stand-in bridge received from PHP', () => {
  const signed = standIn.seen.filter(
    (request) => request.target !== '/api/v1/events' || request.signatureValid,
  );

  it('every request from the real secret carries a signature the bridge accepts', () => {
    // Seven client requests and two store events (client_test.php).
    expect(standIn.seen.length).toBeGreaterThanOrEqual(9);
    const withRealSecret = standIn.seen.filter(
      (r) => !(r.target === '/api/v1/events' && r.body.includes('"id":5,')),
    );
    for (const request of withRealSecret) {
      expect(request.signatureValid, `${request.method} ${request.target}`).toBe(true);
    }
  });

  it('the 200 KB body arrived whole (client_test.php compares its hash)', () => {
    const echoes = signed.filter((r) => r.target === '/api/v1/echo');
    expect(echoes).toHaveLength(1);
    expect(echoes[0]?.body.length).toBeGreaterThan(200_000);
  });

  it("store events match the bridge's event schema and skipped ones never arrive", () => {
    const events = standIn.seen.filter((r) => r.target === '/api/v1/events');
    const parsed = events.map((r) => storeEventSchema.parse(JSON.parse(r.body.toString('utf8'))));
    expect(parsed.map((e) => `${e.event}:${e.id}`)).toEqual(['product.edited:31', 'product.deleted:5']);
    expect(events[0]?.headers['content-type']).toBe('application/json');
  });

  it('header lines smuggled in by a caller never reach the bridge', () => {
    const probes = standIn.seen.filter((r) => r.target === '/api/v1/headers');
    expect(probes).toHaveLength(1);
    for (const probe of probes) {
      expect(probe.headers['x-evil']).toBeUndefined();
      expect(probe.headers['x-meschain-signature']).not.toBe('forged');
    }
  });
});
