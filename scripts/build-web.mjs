#!/usr/bin/env node
// Builds the static web app's content: web/ plus what the local host adds at run time.
//   vendor/msal-browser.min.js  MSAL for the browser, copied from the npm package (npm ci; no CDN)
//   config.json                 the page's sign-in settings, from SIGNIN_* environment variables
//                               (mode "entra" when SIGNIN_CLIENT_ID is set, else "local")
//   transparency.html           the public transparency page (dotnet run --project cli -- transparency),
//                               of the model card in TRANSPARENCY_MODEL_CARD when set (the active model's)
// Usage: node scripts/build-web.mjs [--out DIR]   (default: web/ itself, which azd deploys)
// azure.yaml runs it as the web service's prepackage hook; the pipeline runs it too.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'web');
if (out !== join(root, 'web')) {
  cpSync(join(root, 'web'), out, { recursive: true });
}

mkdirSync(join(out, 'vendor'), { recursive: true });
cpSync(join(root, 'node_modules', '@azure', 'msal-browser', 'lib', 'msal-browser.min.js'), join(out, 'vendor', 'msal-browser.min.js'));

const env = process.env;
const config = env.SIGNIN_CLIENT_ID
  ? {
    mode: 'entra',
    authority: env.SIGNIN_AUTHORITY || `https://login.microsoftonline.com/${env.AZURE_TENANT_ID}`,
    clientId: env.SIGNIN_CLIENT_ID,
    apiScope: env.SIGNIN_API_SCOPE || `${env.BORDER_SCREENING_API_AUDIENCE}/access_as_user`,
    protocolMode: 'AAD',
    knownAuthorities: [],
  }
  : { mode: 'local' };
if (config.mode === 'entra' && (!config.authority.startsWith('https://') || config.authority.includes('undefined') || config.apiScope.includes('undefined'))) {
  console.error('SIGNIN_CLIENT_ID is set but the authority or API scope is incomplete: set AZURE_TENANT_ID (or SIGNIN_AUTHORITY) and SIGNIN_API_SCOPE (or BORDER_SCREENING_API_AUDIENCE).');
  process.exit(1);
}
writeFileSync(join(out, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);

// After a promotion, TRANSPARENCY_MODEL_CARD names the promoted run's model-card.json (docs/model.md).
const cardArgs = process.env.TRANSPARENCY_MODEL_CARD ? ['--model-card', resolve(process.env.TRANSPARENCY_MODEL_CARD)] : [];
execFileSync('dotnet', ['run', '--project', join(root, 'cli'), '--', 'transparency', '--out', join(out, 'transparency.html'), ...cardArgs], { cwd: root, stdio: 'inherit' });
console.log(`Static web app content in ${out} (sign-in mode ${config.mode}).`);
