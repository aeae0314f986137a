// wasm/merge-data-segments.mjs: close data segments become one, the memory a
// module starts with stays byte for byte the same, and segments it does not
// know how to read are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataSegmentCount, maxGap, mergeDataSegments } from '../../wasm/merge-data-segments.mjs';
import { siteDir } from './load-module.mjs';

const text = (s) => [...new TextEncoder().encode(s)];
const section = (id, body) => [id, body.length, ...body];  // bodies here are < 128 bytes
// A module with one page of memory, exported as "memory", and these data segments.
function moduleWith(segments) {
  const data = [segments.length, ...segments.flatMap(({ offsetCode, bytes }) => [0, ...offsetCode, 0x0b, bytes.length, ...bytes])];
  return Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(5, [1, 0, 1]),
    ...section(7, [1, ...[6, ...text('memory')], 2, 0]),
    ...section(11, data)]);
}
// i32.const with a two-byte signed LEB128 offset (0 to 8191).
const at = (offset) => [0x41, (offset & 0x7f) | 0x80, offset >> 7];
const firstBytes = (bytes, count) =>
  [...new Uint8Array(new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.memory.buffer, 0, count)];

test('segments a few bytes apart become one; the starting memory is the same', () => {
  const original = moduleWith([
    { offsetCode: at(200), bytes: text('募集') },
    { offsetCode: at(100), bytes: text('応募文') },
    { offsetCode: at(120), bytes: text('ab') },
  ]);
  const merged = mergeDataSegments(original);
  assert.equal(dataSegmentCount(original), 3);
  assert.equal(dataSegmentCount(merged), 1);
  assert.deepEqual(firstBytes(merged, 4096), firstBytes(original, 4096));
});

test(`segments more than ${maxGap} bytes apart stay apart, so no long run of zeros is written`, () => {
  const original = moduleWith([
    { offsetCode: at(100), bytes: text('x') },
    { offsetCode: at(101 + maxGap), bytes: text('y') },  // exactly maxGap after: joined
    { offsetCode: at(102 + 2 * maxGap + 1), bytes: text('z') },  // one more: apart
  ]);
  const merged = mergeDataSegments(original);
  assert.equal(dataSegmentCount(merged), 2);
  assert.deepEqual(firstBytes(merged, 4096), firstBytes(original, 4096));
});

test('overlapping segments leave the module as it is: the later one wins, in the order written', () => {
  const original = moduleWith([
    { offsetCode: at(100), bytes: text('abcd') },
    { offsetCode: at(102), bytes: text('XY') },
  ]);
  assert.equal(mergeDataSegments(original), original);
});

test('a segment at an offset other than i32.const leaves the module as it is', () => {
  const original = moduleWith([
    { offsetCode: at(100), bytes: text('x') },
    { offsetCode: [0x23, 0], bytes: text('y') },  // global.get 0
  ]);
  assert.equal(mergeDataSegments(original), original);
});

test('the built gigcheck.wasm has its data in one segment', () => {
  assert.equal(dataSegmentCount(readFileSync(resolve(siteDir, 'gigcheck.wasm'))), 1);
});
