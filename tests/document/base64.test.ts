import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64Bytes } from "../../src/document/base64";

const viaAtob = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

describe("base64Bytes", () => {
  it("decodes what atob decodes, padded or not", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
      const text = btoa(String.fromCharCode(...bytes));
      expect(base64Bytes(text)).toEqual(bytes);
      expect(base64Bytes(text.replace(/=+$/, ""))).toEqual(viaAtob(text));
    }));
  });

  it("decodes every letter of the alphabet to its value", () => {
    expect([...base64Bytes("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==")])
      .toEqual(Array.from({ length: 64 }, (_, k) => k));
    expect([...base64Bytes("+/+/")]).toEqual([0xfb, 0xff, 0xbf]);
  });
});
