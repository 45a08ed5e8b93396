// Checks files against one of plan's JSON Schemas with ajv, a second
// validator beside valijson (which the unit tests use), so the schema is
// read the same way by the tools a national analyst would use.
// Usage: node check_export.mjs SCHEMA FILE…   (exit 1 when any file fails)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const [schemaFile, ...files] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, logger: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
let failed = 0;
for (const file of files) {
  if (validate(JSON.parse(readFileSync(file, 'utf8')))) {
    console.log(`ok   ${file}`);
  } else {
    failed++;
    for (const e of validate.errors) console.log(`FAIL ${file}: ${e.dataPath || '/'} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
