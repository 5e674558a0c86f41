import { type Db, rows } from './opencart-db';
import type { OpencartSite } from './opencart-site';

type Answer = Record<string, unknown>;

async function call(url: string, form?: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    ...(form ? { body: new URLSearchParams(form) } : {}),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Answer;
  } catch {
    throw new Error(`${url} did not answer JSON (a PHP notice in the output?):\n${text.slice(0, 500)}`);
  }
}

/**
 * Places a guest order for one product through OpenCart's own catalog API, the way the admin's
 * Sales > Orders > Add does (so every order event fires), and returns its id. Lets 127.0.0.1 use the API first.
 */
export async function placeApiOrder(site: OpencartSite, db: Db, productId: number): Promise<number> {
  const p = site.db.prefix;
  const [api] = await rows<{ api_id: number; username: string; key: string }>(
    db,
    `SELECT a.api_id, a.username, a.key FROM \`${p}api\` a JOIN \`${p}setting\` s ON s.key = 'config_api_id' AND s.value = a.api_id`,
  );
  if (!api) {
    throw new Error('the store has no API user (config_api_id)');
  }
  await db.query(`DELETE FROM \`${p}api_ip\` WHERE api_id = ? AND ip = '127.0.0.1'`, [api.api_id]);
  await db.query(`INSERT INTO \`${p}api_ip\` (api_id, ip) VALUES (?, '127.0.0.1')`, [api.api_id]);

  const base = `${site.storeUrl}index.php?route=`;
  const login = await call(`${base}api/login`, { username: api.username, key: api.key });
  const token = typeof login.api_token === 'string' ? login.api_token : '';
  if (!token) {
    throw new Error(`api/login failed: ${JSON.stringify(login)}`);
  }
  const at = (route: string) => `${base}${route}&api_token=${token}`;
  const address = {
    firstname: 'Ozon',
    lastname: 'Buyer',
    address_1: 'Tverskaya 1',
    city: 'Moscow',
    postcode: '125009',
    country_id: '176',
    zone_id: '2761',
  };
  const steps: [string, Record<string, string> | undefined][] = [
    [
      'api/customer',
      {
        customer_id: '0',
        customer_group_id: '1',
        firstname: 'Ozon',
        lastname: 'Buyer',
        email: 'buyer@example.com',
        telephone: '+70000000000',
      },
    ],
    ['api/cart/add', { product_id: String(productId), quantity: '1' }],
    ['api/payment/address', address],
    ['api/shipping/address', address],
    ['api/shipping/methods', undefined],
    ['api/shipping/method', { shipping_method: 'flat.flat' }],
    ['api/payment/methods', undefined],
    ['api/payment/method', { payment_method: 'cod' }],
  ];
  for (const [route, form] of steps) {
    const answer = await call(at(route), form);
    if (answer.error) {
      throw new Error(`${route} failed: ${JSON.stringify(answer.error)}`);
    }
  }
  const order = await call(at('api/order/add'), { order_status_id: '1' });
  const orderId = Number(order.order_id);
  if (!Number.isInteger(orderId) || orderId <= 0) {
    throw new Error(`api/order/add failed: ${JSON.stringify(order)}`);
  }
  return orderId;
}
