#!/usr/bin/env node
// The `homecell` admin CLI: runs the compiled build (dist/) when present, else the TypeScript sources through tsx.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const compiled = path.join(__dirname, '..', 'dist', 'cli', 'index.js');
// HOMECELL_CLI_FROM_SOURCE=1 ignores a (possibly stale) local build; the tests set it.
if (fs.existsSync(compiled) && !process.env.HOMECELL_CLI_FROM_SOURCE) {
  require(compiled);
} else {
  require('tsx/cjs/api').register();
  require('../src/cli/index.ts');
}
