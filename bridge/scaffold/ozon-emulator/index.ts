/** The Ozon Seller API emulator: in-process for tests, or served over HTTP by `meschain-ozon emulator`. */

export { createManualClock, type ManualClock } from '../../src/shared/manual-clock';
export type { EmulatorControl } from './control/control';
export type { CreatePostingInput, FaultKind, FaultRule, SeedProductInput } from './control/inputs';
export type { RecordedRequest } from './control/recorder';
export {
  createOzonEmulator,
  defaultCredentials,
  defaultLimits,
  type OzonEmulator,
  type OzonEmulatorOptions,
} from './create-emulator';
export type { OzonCredential } from './runtime';
export { ATTR } from './seed/attributes';
export {
  attributesOfType,
  findSeedType,
  type SeedCatalogue,
  seedCatalogue,
  seedTree,
} from './seed/catalogue';
export { NO_BRAND_ID } from './seed/dictionaries';
export { sampleTshirt } from './seed/sample-items';
export { seedWarehouses } from './seed/warehouses';
export { type RunningOzonEmulator, type StartOptions, startOzonEmulator } from './start-emulator';
