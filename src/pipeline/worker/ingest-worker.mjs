// Worker bootstrap: the pipeline is TypeScript, so load it through tsx's loader in this thread too.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker.ts');
