// Validates xAPI statements with xapi-validation (an independent validator, from npm).
// usage: node validate-statements.js statements.json  →  prints [{index, problems: [...]}] for
// every statement that has any problem, so "[]" means all are valid.
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;
const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = [];
statements.forEach((s, index) => {
  const warnings = validate(s);
  if (warnings.length > 0) {
    out.push({index, problems: warnings.map((w) => w.path.join('.') + ': ' + (w.typeName || w.name) + ' ' +
        JSON.stringify(w.data))});
  }
});
process.stdout.write(JSON.stringify(out));
