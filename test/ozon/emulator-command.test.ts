import { describe, expect, it } from 'vitest';
import { emulatorCommand } from '../../bridge/scaffold/ozon-emulator/command';

describe('meschain-ozon emulator command', () => {
  it('is named "emulator" and documents its flags', () => {
    expect(emulatorCommand.name).toBe('emulator');
    for (const flag of ['--port', '--client-id', '--api-key', '--speed']) {
      expect(emulatorCommand.usage).toContain(flag);
    }
  });

  it('prints usage for --help and refuses bad arguments with exit code 2', async () => {
    expect(await emulatorCommand.run(['--help'])).toBe(0);
    expect(await emulatorCommand.run(['--port', 'seventy'])).toBe(2);
    expect(await emulatorCommand.run(['--client-id', 'abc'])).toBe(2);
    expect(await emulatorCommand.run(['--speed', '0'])).toBe(2);
    expect(await emulatorCommand.run(['--host', '0.0.0.0'])).toBe(2);
  });
});
