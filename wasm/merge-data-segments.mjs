// Joins the module's data segments that lie close together into one.
// wasm-opt's memory packing splits the data wherever it finds a run of zeros,
// which saves raw bytes but costs gzip more in segment headers than the zeros
// would: gigcheck.wasm came out in 66 segments, and one segment is ~0.4 KB less
// gzip. Segments further apart than maxGap stay apart, so no long run of zeros
// is written out. Only active segments of memory 0 at constant offsets that
// do not overlap are joined; any other module is left as it is.
// Usage: node merge-data-segments.mjs <file.wasm>   (rewrites the file)
import { readFileSync, writeFileSync } from 'node:fs';

const dataSection = 11;
const dataCountSection = 12;
const i32Const = 0x41;
const end = 0x0b;
export const maxGap = 1024;

// A LEB128 number and the position after it; `signed` reads it as signed.
function readLeb(bytes, at, signed = false) {
  let value = 0;
  let scale = 1;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  if (signed && byte & 0x40) value -= scale;
  return { value, at };
}

function writeLeb(value, signed = false) {
  const out = [];
  for (;;) {
    const byte = value & 0x7f;
    value = Math.floor(value / 128);
    const last = signed ? (value === 0 && !(byte & 0x40)) || (value === -1 && byte & 0x40) : value === 0;
    if (last) return [...out, byte];
    out.push(byte | 0x80);
  }
}

function sections(bytes) {
  const list = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const size = readLeb(bytes, at + 1);
    list.push({ id, bytes: bytes.subarray(at, size.at + size.value), body: bytes.subarray(size.at, size.at + size.value) });
    at = size.at + size.value;
  }
  return list;
}

// The segments as {offset, data}, or null if any is not an active segment
// of memory 0 at an i32.const offset.
function readSegments(body) {
  const count = readLeb(body, 0);
  let at = count.at;
  const segments = [];
  for (let i = 0; i < count.value; i++) {
    if (body[at] !== 0 || body[at + 1] !== i32Const) return null;
    const offset = readLeb(body, at + 2, true);
    if (body[offset.at] !== end) return null;
    const size = readLeb(body, offset.at + 1);
    segments.push({ offset: offset.value >>> 0, data: body.subarray(size.at, size.at + size.value) });
    at = size.at + size.value;
  }
  return segments;
}

// The segments joined where they are at most maxGap apart, or null if any
// two overlap (then the order they are written in matters: left alone).
function joinClose(segments) {
  const sorted = [...segments].sort((a, b) => a.offset - b.offset);
  const groups = [];
  for (const segment of sorted) {
    const last = groups.at(-1);
    if (last && segment.offset < last.end) return null;
    if (last && segment.offset - last.end <= maxGap) {
      last.parts.push(segment);
      last.end = segment.offset + segment.data.length;
    } else {
      groups.push({ offset: segment.offset, end: segment.offset + segment.data.length, parts: [segment] });
    }
  }
  return groups.map(({ offset, end: groupEnd, parts }) => {
    const data = new Uint8Array(groupEnd - offset);
    for (const part of parts) data.set(part.data, part.offset - offset);
    return { offset, data };
  });
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function section(id, bodyParts) {
  const body = concat(bodyParts);
  return concat([Uint8Array.of(id, ...writeLeb(body.length)), body]);
}

// How many data segments the module has (0 without a data section).
export function dataSegmentCount(bytes) {
  const data = sections(bytes).find((s) => s.id === dataSection);
  return data ? readLeb(data.body, 0).value : 0;
}

// The module's bytes with its close data segments joined (the same bytes if
// there is nothing to join or the segments are of a kind it leaves alone).
export function mergeDataSegments(bytes) {
  const all = sections(bytes);
  const data = all.find((s) => s.id === dataSection);
  const segments = data && readSegments(data.body);
  if (!segments) return bytes;
  const joined = joinClose(segments);
  if (!joined || joined.length === segments.length) return bytes;
  const body = [Uint8Array.from(writeLeb(joined.length))];
  for (const { offset, data: content } of joined) {
    body.push(Uint8Array.of(0, i32Const, ...writeLeb(offset | 0, true), end, ...writeLeb(content.length)), content);
  }
  return concat([bytes.subarray(0, 8), ...all.map((s) => {
    if (s.id === dataSection) return section(dataSection, body);
    if (s.id === dataCountSection) return section(dataCountSection, [Uint8Array.from(writeLeb(joined.length))]);
    return s.bytes;
  })]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  const before = readFileSync(path);
  const after = mergeDataSegments(before);
  if (!WebAssembly.validate(after)) throw new Error(`${path}: joining its data segments gave an invalid module`);
  writeFileSync(path, after);
}
