import { parseArgs } from 'node:util';
import type { Command } from '../../src/cli/command';
import { createScaledClock, systemClock } from '../../src/shared/clock';
import { startOzonEmulator } from './start-emulator';

const usage = `Usage: meschain-ozon emulator [--port N] [--host 127.0.0.1] [--client-id ID] [--api-key KEY] [--speed X]

Runs the Ozon Seller API emulator until interrupted. It accepts exactly the given credentials
(default 123456 / emulator-api-key), listens on loopback, and serves the control API under /__control.
--speed X runs its clock X times faster than real time (limits, task and moderation delays scale with it).
--no-openapi skips the extra validation against ../shared/ozon documents.`;

/** `meschain-ozon emulator`: the standalone emulator process. */
export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'Run the local Ozon Seller API emulator (no real Ozon calls)',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string', default: '7430' },
        host: { type: 'string', default: '127.0.0.1' },
        'client-id': { type: 'string', default: '123456' },
        'api-key': { type: 'string', default: 'emulator-api-key' },
        speed: { type: 'string', default: '1' },
        'no-openapi': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    const port = Number(values.port);
    const speed = Number(values.speed);
    const clientId = values['client-id'];
    if (!Number.isInteger(port) || port < 0 || port > 65535 || !(speed > 0) || !/^\d+$/.test(clientId)) {
      process.stderr.write(`invalid arguments\n${usage}\n`);
      return 2;
    }
    // Its control API can rewrite the account and read back every request: never reachable from a network.
    if (!['127.0.0.1', '::1', 'localhost'].includes(values.host)) {
      process.stderr.write(
        `--host must be a loopback address (127.0.0.1, ::1 or localhost), got '${values.host}'\n`,
      );
      return 2;
    }
    const running = await startOzonEmulator({
      port,
      host: values.host,
      clock: speed === 1 ? systemClock : createScaledClock(speed),
      credentials: [{ clientId, apiKey: values['api-key'] }],
      ...(values['no-openapi'] ? { openApiDocPaths: false as const } : {}),
    });
    process.stdout.write(
      `Ozon emulator listening on ${running.url}\n` +
        `  Client-Id: ${clientId}\n  Api-Key:   ${values['api-key']}\n` +
        `  clock speed: ${speed}x; control API: ${running.url}/__control\n`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await running.close();
    return 0;
  },
};
