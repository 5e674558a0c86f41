import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createManualClock,
  createOzonEmulator,
  type RunningOzonEmulator,
  startOzonEmulator,
} from '../../bridge/scaffold/ozon-emulator';
import { ozonCheckCommand, runOzonCheck } from '../../bridge/src/cli/ozon-check-command';
import { API_KEY, CLIENT_ID } from './client-helpers';

describe('ozon check', () => {
  it('prints that the key works, its roles and the days left', async () => {
    const clock = createManualClock(Date.parse('2026-11-27T09:00:00Z'));
    const emulator = createOzonEmulator({ clock });
    await clock.advance(30 * 86_400_000);
    const lines: string[] = [];
    const code = await runOzonCheck({
      clientId: CLIENT_ID,
      apiKey: API_KEY,
      apiUrl: 'http://emulator.test',
      fetch: emulator.fetch,
      clock,
      print: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    expect(lines[0]).toBe('Ozon API key works (http://emulator.test).');
    // The emulator's key expires 182 days after it started; 30 days have passed.
    expect(lines[1]).toMatch(/^Key expires 2027-05-28T09:00:00\.000Z \(152 day\(s\) left\)\.$/);
    expect(lines[2]).toBe('Roles (1):');
    expect(lines[3]).toMatch(/^ {2}- Admin \(\d+ methods\)$/);
  });

  it('says the key does not work on a wrong Api-Key, without printing it', async () => {
    const emulator = createOzonEmulator({ clock: createManualClock() });
    const lines: string[] = [];
    const code = await runOzonCheck({
      clientId: CLIENT_ID,
      apiKey: 'wrong-secret-key',
      apiUrl: 'http://emulator.test',
      fetch: emulator.fetch,
      print: (line) => lines.push(line),
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'Ozon API key does NOT work: HTTP 404, code 5: Invalid Api-Key, please check the key and try again',
    ]);
    expect(lines.join('\n')).not.toContain('wrong-secret-key');
  });
});

describe('ozon check command over HTTP', () => {
  let running: RunningOzonEmulator;
  beforeAll(async () => {
    running = await startOzonEmulator({ openApiDocPaths: false });
  });
  afterAll(async () => {
    await running.close();
  });

  it('reads flags, exits 0 and never prints the key', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const code = await ozonCheckCommand.run([
        '--client-id',
        CLIENT_ID,
        '--api-key',
        API_KEY,
        '--api-url',
        running.url,
      ]);
      expect(code).toBe(0);
      const printed = out.mock.calls.map((call) => String(call[0])).join('');
      expect(printed).toContain('Ozon API key works');
      expect(printed).toContain('day(s) left');
      expect(printed).not.toContain(API_KEY);
    } finally {
      out.mockRestore();
    }
  });

  it('falls back to the environment and exits 2 without credentials', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const saved = { id: process.env.OZON_CLIENT_ID, key: process.env.OZON_API_KEY };
    try {
      delete process.env.OZON_CLIENT_ID;
      delete process.env.OZON_API_KEY;
      expect(await ozonCheckCommand.run([])).toBe(2);
      expect(String(err.mock.calls[0]?.[0])).toMatch(/Missing credentials/);
    } finally {
      err.mockRestore();
      if (saved.id !== undefined) {
        process.env.OZON_CLIENT_ID = saved.id;
      }
      if (saved.key !== undefined) {
        process.env.OZON_API_KEY = saved.key;
      }
    }
  });
});
