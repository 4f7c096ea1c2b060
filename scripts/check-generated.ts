/**
 * Fails when generated files are not current: composes the supergraph (which also fails on a
 * broken schema) and runs codegen, then asks git whether anything changed.
 */
import { execFileSync } from 'node:child_process';

const GENERATED = [
  'gateway/supergraph.graphql',
  'gateway/schema.graphql',
  'subgraphs/portal/src/__generated__',
  'subgraphs/company-catalog/src/__generated__',
  'client/src/__generated__',
];

execFileSync('npm', ['run', 'codegen', '--silent'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED], {
  encoding: 'utf8',
}).trim();
if (changed) {
  console.error(`Generated files are out of date; run \`npm run codegen\` and commit:\n${changed}`);
  process.exit(1);
}
console.log('generated files are current');
