import {
  createOzonEmulator,
  defaultCredentials,
  type OzonEmulator,
} from '../../bridge/scaffold/ozon-emulator';
import type { OzonLeafRef } from '../../bridge/src/catalog/mapping/leaf-choice';
import { createOzonClient, type OzonClient } from '../../bridge/src/ozon/client';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import type { TestStore } from '../harness/test-store';

export interface EmulatedOzon {
  readonly emulator: OzonEmulator;
  readonly client: OzonClient;
  /** Every leaf of the emulator's seeded tree. */
  readonly leaves: OzonLeafRef[];
  /** How many values the emulator holds in a dictionary. */
  dictionarySize(dictionaryId: number): number;
}

/** The emulator in-process and a client that reaches it without a socket. */
export function emulatedOzon(): EmulatedOzon {
  const emulator = createOzonEmulator();
  const credential = defaultCredentials[0];
  const client = createOzonClient({
    clientId: credential?.clientId ?? '',
    apiKey: credential?.apiKey ?? '',
    baseUrl: 'http://emulator.test',
    fetch: emulator.fetch,
  });
  const catalogue = emulator.state.config.catalogue;
  const leaves = catalogue.tree.flatMap((root) =>
    root.children.flatMap((c) =>
      c.types.map((t) => ({ descriptionCategoryId: c.descriptionCategoryId, typeId: t.typeId })),
    ),
  );
  return {
    emulator,
    client,
    leaves,
    dictionarySize: (id) => emulator.state.config.catalogue.dictionaries.get(id)?.length ?? 0,
  };
}

/** Points the store's Ozon settings at an emulator served at `apiUrl`, with the emulator's own credentials. */
export async function useEmulatorSettings(store: TestStore, apiUrl: string): Promise<void> {
  const credential = defaultCredentials[0];
  await writeOzonSettings(store, {
    clientId: credential?.clientId ?? '',
    apiKey: credential?.apiKey ?? '',
    apiUrl,
  });
}
