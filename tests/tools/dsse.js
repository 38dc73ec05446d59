// An independent DSSE implementation for the tests, on Node's own crypto (OpenSSL): it checks the
// tool's envelopes and signs envelopes for the tool to check, so neither side only agrees with itself.
// Usage:
//   node dsse.js verify <envelope.json> <public.pem>   prints "verified" and exits 0, or exits 1
//   node dsse.js sign <payload-file> <payload-type> <private.pem>   prints an envelope
"use strict";
const crypto = require("crypto");
const fs = require("fs");

// PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in ASCII decimal bytes.
function pae(type, body) {
  const typeBytes = Buffer.from(type, "utf8");
  return Buffer.concat([Buffer.from(`DSSEv1 ${typeBytes.length} `), typeBytes, Buffer.from(` ${body.length} `), body]);
}

const [command, ...args] = process.argv.slice(2);
if (command === "verify") {
  const envelope = JSON.parse(fs.readFileSync(args[0], "utf8"));
  const key = crypto.createPublicKey(fs.readFileSync(args[1], "utf8"));
  const body = Buffer.from(envelope.payload, "base64");
  // ECDSA signatures are DER-encoded (Node's default dsaEncoding), as cosign writes and reads them.
  const ok = envelope.signatures.some(s => crypto.verify("sha256", pae(envelope.payloadType, body), key, Buffer.from(s.sig, "base64")));
  console.log(ok ? "verified" : "not verified");
  process.exit(ok ? 0 : 1);
} else if (command === "sign") {
  const body = fs.readFileSync(args[0]);
  const key = crypto.createPrivateKey(fs.readFileSync(args[2], "utf8"));
  const sig = crypto.sign("sha256", pae(args[1], body), key);
  console.log(JSON.stringify({ payloadType: args[1], payload: body.toString("base64"), signatures: [{ keyid: "", sig: sig.toString("base64") }] }));
} else {
  console.error("usage: node dsse.js verify <envelope> <public.pem> | sign <payload> <type> <private.pem>");
  process.exit(2);
}
