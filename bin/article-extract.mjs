#!/usr/bin/env node
// The command line's entry: loads the TypeScript sources through tsx, then runs src/cli.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
