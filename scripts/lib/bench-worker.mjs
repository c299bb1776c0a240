// The entry of one engine's worker thread in `npm run bench`: worker threads do not inherit
// tsx's loader, so it is registered here before the TypeScript module is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./bench-engine.ts');
