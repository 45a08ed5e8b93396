// Checks `plan validate --format sarif` output against the SARIF 2.1.0 JSON
// schema (the copy npm's @microsoft/jest-sarif ships, checked with ajv), and
// `--format codequality` output against GitLab's Code Quality shape: an
// array of issues with description, check_name, a unique fingerprint, a
// severity GitLab knows and location.path with lines.begin.
// Usage: node check_formats.mjs sarif FILE [EXPECTED_RESULTS] | codequality FILE [EXPECTED_ISSUES]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const [kind, file, expected] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(file, 'utf8'));
const problems = [];

if (kind === 'sarif') {
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, logger: false });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  if (!ajv.validate(schema, doc)) problems.push(...ajv.errors.map((e) => `${e.dataPath} ${e.message}`));
  if (doc.version !== '2.1.0') problems.push(`version is ${doc.version}`);
  const run = doc.runs?.[0] ?? {};
  const rules = run.tool?.driver?.rules ?? [];
  for (const r of run.results ?? []) {
    if (r.ruleIndex !== undefined && rules[r.ruleIndex]?.id !== r.ruleId)
      problems.push(`result ${r.ruleId}: ruleIndex ${r.ruleIndex} names ${rules[r.ruleIndex]?.id}`);
    const loc = r.locations?.[0]?.physicalLocation;
    if (!loc?.artifactLocation?.uri) problems.push(`result ${r.ruleId}: no file`);
  }
  if (expected !== undefined && (run.results ?? []).length !== Number(expected))
    problems.push(`${(run.results ?? []).length} results, expected ${expected}`);
} else if (kind === 'codequality') {
  if (!Array.isArray(doc)) problems.push('not an array');
  const seen = new Set();
  for (const [i, issue] of (Array.isArray(doc) ? doc : []).entries()) {
    const where = `issue ${i}`;
    for (const key of ['description', 'check_name', 'fingerprint', 'severity'])
      if (typeof issue[key] !== 'string' || issue[key] === '') problems.push(`${where}: no ${key}`);
    if (!['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity))
      problems.push(`${where}: severity ${issue.severity}`);
    if (typeof issue.location?.path !== 'string') problems.push(`${where}: no location.path`);
    if (!Number.isInteger(issue.location?.lines?.begin) || issue.location.lines.begin < 1)
      problems.push(`${where}: no location.lines.begin`);
    if (seen.has(issue.fingerprint)) problems.push(`${where}: fingerprint ${issue.fingerprint} repeated`);
    seen.add(issue.fingerprint);
  }
  if (expected !== undefined && doc.length !== Number(expected))
    problems.push(`${doc.length} issues, expected ${expected}`);
} else {
  console.error('usage: node check_formats.mjs sarif|codequality FILE [COUNT]');
  process.exit(2);
}
for (const p of problems) console.log(`FAIL ${kind} ${file}: ${p}`);
if (problems.length === 0) console.log(`ok   ${kind} ${file}`);
process.exit(problems.length ? 1 : 0);
