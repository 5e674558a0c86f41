import { afterEach, describe, expect, it, vi } from 'vitest';
import { allCommands } from '../../bridge/scaffold/cli-commands';
import { main } from '../../bridge/src/cli/main';

describe('meschain-ozon entry', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('names a mistyped command without echoing the flags that follow it (they may hold a key)', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
    const code = await main(
      ['ozon', 'chek', '--client-id', '836201', '--api-key', 'key-from-the-shell-1'],
      allCommands,
    );
    expect(code).toBe(2);
    const text = printed.join('\n');
    expect(text).toContain('unknown command: ozon chek');
    expect(text).not.toContain('key-from-the-shell-1');
    expect(text).not.toContain('836201');
  });
});
