// Assembles kernels.wat into webapp/wasm/kernels.wasm, the SIMD product kernel of the WebAssembly
// build (see dev.kappa.web.SimdProducts). The binary is committed so that a build needs no Node;
// rerun after editing kernels.wat:
//
//   cd tools/kernels && npm install --no-save wabt@1.0.37 && node assemble.js
//
// A custom section "kappa.source-sha256" records the SHA-256 of kernels.wat, which
// KernelModuleTest compares with the committed source, so a stale binary fails the build.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const source = fs.readFileSync(path.join(__dirname, 'kernels.wat'), 'utf8');
require('wabt')().then((wabt) => {
  const parsed = wabt.parseWat('kernels.wat', source, { simd: true });
  parsed.validate();
  const code = Buffer.from(parsed.toBinary({}).buffer);
  const name = Buffer.from('kappa.source-sha256', 'utf8');
  const digest = Buffer.from(crypto.createHash('sha256').update(source, 'utf8').digest('hex'), 'utf8');
  const payload = Buffer.concat([Buffer.from([name.length]), name, digest]);
  // Custom section: id 0, payload size (one LEB128 byte suffices below 128), payload.
  if (payload.length >= 128) {
    throw new Error('custom section too long for a one-byte size');
  }
  const section = Buffer.concat([Buffer.from([0, payload.length]), payload]);
  const out = path.join(__dirname, '..', '..', 'webapp', 'wasm', 'kernels.wasm');
  fs.writeFileSync(out, Buffer.concat([code, section]));
  console.log(out + ': ' + (code.length + section.length) + ' bytes');
});
