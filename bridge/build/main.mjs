import { buildCliBundle } from './cli-bundle.mjs';
import { sourceFingerprint } from './source-fingerprint.mjs';

// `npm run build:cli`, and `prepare` after an install: builds the bundle even when it looks current.
await buildCliBundle(sourceFingerprint());
