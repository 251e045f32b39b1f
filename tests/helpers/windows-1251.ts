/**
 * Windows-1251 bytes for Russian letters (А = 0xC0 … я = 0xFF) and ASCII as itself: the bytes legacy Excel writes in a
 * CSV. Only what the tests need: any other character throws.
 */
export const cp1251 = (text: string) =>
  Buffer.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code < 0x80) return code;
      throw new Error(`no Windows-1251 byte for ${char} in this test`);
    }),
  );
