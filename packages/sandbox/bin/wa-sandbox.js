#!/usr/bin/env node
// The `wa-sandbox` command: the built CLI (see src/cli.ts).
import '../dist/cli.js';
