// Prints ajv's verdict on each data file, one JSON line per file: {"file", "valid", "parsed"}.
// Used by the tests to compare the package's own schema validation with ajv's (draft 2020-12,
// formats from ajv-formats, strict mode) on many documents in one process.
// Usage: node verdicts.js <schemas folder> <schema $id> <data file>...
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const [schemasFolder, schemaId, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: false });
addFormats(ajv);
for (const name of fs.readdirSync(schemasFolder).filter(n => n.endsWith(".schema.json")).sort()) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemasFolder, name), "utf8")));
}

const validate = ajv.getSchema(schemaId);
if (!validate) {
  console.error(`no schema with $id ${schemaId}`);
  process.exit(2);
}

for (const file of files) {
  // A UTF-8 byte-order mark is allowed before JSON text (RFC 8259 lets a parser ignore it).
  let text = fs.readFileSync(file, "utf8");
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }

  let data;
  try {
    data = JSON.parse(text);
  } catch {
    console.log(JSON.stringify({ file, valid: false, parsed: false }));
    continue;
  }

  const valid = validate(data);
  console.log(JSON.stringify({ file, valid, parsed: true, errors: valid ? [] : validate.errors.map(e => `${e.instancePath} ${e.message}`) }));
}
