import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from '../../../src/authoring/export/zip';

/** Reads the stored entries back by walking the local headers. */
function readStored(zip: Uint8Array): { path: string; content: string; crc: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const decoder = new TextDecoder();
  const entries = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const crc = view.getUint32(at + 14, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const name = decoder.decode(zip.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength;
    entries.push({ path: name, content: decoder.decode(zip.subarray(start, start + size)), crc });
    at = start + size;
  }
  return entries;
}

describe('zipStore', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j)', (text, crc) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(crc);
  });

  it('stores each file with its name, bytes and CRC, and ends with the directory record', () => {
    const files = [
      { path: 'imsmanifest.xml', content: '<manifest/>' },
      { path: 'items/câu-hỏi.xml', content: 'Tiếng Việt' },
    ];
    const zip = zipStore(files);
    const entries = readStored(zip);
    expect(entries.map(({ path, content }) => ({ path, content }))).toEqual(files);
    for (const entry of entries) expect(entry.crc).toBe(crc32(new TextEncoder().encode(entry.content)));
    const end = new DataView(zip.buffer, zip.byteLength - 22);
    expect(end.getUint32(0, true)).toBe(0x06054b50);
    expect(end.getUint16(10, true)).toBe(2);
  });
});
