// After `tsc`: copies what the compiled service reads beside its code, so dist/ runs on its own (the Docker image).
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// The sandbox's web chat page (HTML, CSS, the browser's JavaScript): static-page.ts looks beside itself first.
fs.cpSync(path.join(root, 'src/sandbox/web/public'), path.join(root, 'dist/sandbox/web/public'), {
  recursive: true,
});
