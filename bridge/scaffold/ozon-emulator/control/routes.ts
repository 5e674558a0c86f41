import { Hono } from 'hono';
import { z } from 'zod';
import { OzonApiError } from '../errors';
import type { EmulatorControl } from './control';
import { createPostingInput, faultRule, postingStatusInput, quotaInput, seedProductInput } from './inputs';

async function input<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T>> {
  const text = await request.text();
  const parsed = schema.safeParse(text === '' ? {} : JSON.parse(text));
  if (!parsed.success) {
    throw new OzonApiError(400, 3, z.prettifyError(parsed.error));
  }
  return parsed.data;
}

/**
 * The control API over HTTP, for the standalone emulator process: the same operations as `control`, under
 * /__control. No Ozon credentials are needed (it listens on loopback only).
 */
export function controlRoutes(control: EmulatorControl): Hono {
  const app = new Hono();
  app.onError((error, c) => {
    const status = error instanceof OzonApiError ? error.status : 500;
    return c.json(
      { code: error instanceof OzonApiError ? error.code : 13, message: error.message },
      status as 400,
    );
  });
  app.post('/reset', (c) => {
    control.reset();
    return c.json({ ok: true });
  });
  app.post('/products', async (c) => {
    const body = await input(c.req.raw, z.object({ products: z.array(seedProductInput) }));
    return c.json({ products: control.seedProducts(body.products) });
  });
  app.post('/postings', async (c) =>
    c.json(control.createPosting(await input(c.req.raw, createPostingInput))),
  );
  app.get('/postings/:number', (c) => c.json(control.posting(c.req.param('number'))));
  app.post('/postings/:number/status', async (c) => {
    const body = await input(c.req.raw, postingStatusInput);
    control.setPostingStatus(c.req.param('number'), body.status, body.substatus);
    return c.json({ ok: true });
  });
  app.post('/postings/:number/fail-next-ship', (c) => {
    control.failNextShip(c.req.param('number'));
    return c.json({ ok: true });
  });
  app.post('/faults', async (c) => {
    control.injectFault(await input(c.req.raw, faultRule));
    return c.json({ ok: true });
  });
  app.delete('/faults', (c) => {
    control.clearFaults();
    return c.json({ ok: true });
  });
  app.post('/string-codes', async (c) => {
    control.setStringCodes((await input(c.req.raw, z.object({ on: z.boolean() }))).on);
    return c.json({ ok: true });
  });
  app.post('/quota', async (c) => {
    control.setQuota(await input(c.req.raw, quotaInput));
    return c.json({ ok: true });
  });
  app.post('/advance', async (c) => {
    await control.advance((await input(c.req.raw, z.object({ ms: z.number().min(0) }))).ms);
    return c.json({ ok: true });
  });
  app.get('/imports', (c) => c.json({ counts: control.importCounts(), doubled: control.doubledImports() }));
  app.get('/requests', (c) => c.json({ requests: control.requests({ path: c.req.query('path') }) }));
  app.delete('/requests', (c) => {
    control.clearRequests();
    return c.json({ ok: true });
  });
  return app;
}
