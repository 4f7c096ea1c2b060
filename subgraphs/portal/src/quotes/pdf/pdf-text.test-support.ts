/**
 * Reads the text back out of an UNCOMPRESSED pdfkit PDF (`compress: false`), for tests: pdfkit
 * writes embedded-font text as hex glyph ids, which only the font's ToUnicode CMap maps back to
 * characters. Enough for pdfkit's own output, not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of source.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1]!, m[2]!);
  // Font resource name → ToUnicode map of that font.
  const maps = new Map<string, Map<number, string>>();
  for (const body of objects.values()) {
    const fonts = /\/Font\s*<<([\s\S]*?)>>/.exec(body);
    if (!fonts) continue;
    for (const [, name, ref] of fonts[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(ref!) ?? '');
      if (toUnicode) maps.set(name!, parseCMap(objects.get(toUnicode[1]!) ?? ''));
    }
  }
  const lines: string[] = [];
  for (const body of objects.values()) {
    if (!/\bBT\b/.test(body)) continue;
    let font: Map<number, string> | undefined;
    for (const m of body.matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (m[1]) font = maps.get(m[1]);
      else if (m[2] !== undefined) {
        const hex = [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join('');
        let text = '';
        for (let i = 0; i + 4 <= hex.length; i += 4) {
          text += font?.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '?';
        }
        lines.push(text);
      }
    }
  }
  return lines.join('\n');
}

function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const char = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)/g)) {
      const from = Number.parseInt(m[1]!, 16);
      const to = Number.parseInt(m[2]!, 16);
      const targets = [...m[3]!.matchAll(/<(\w+)>/g)].map((t) => t[1]!);
      for (let code = from; code <= to; code++) {
        if (m[3]!.startsWith('[')) map.set(code, char(targets[code - from] ?? ''));
        else {
          const base = Number.parseInt(targets[0]!, 16) + (code - from);
          map.set(code, String.fromCodePoint(base));
        }
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<(\w+)>\s*<(\w+)>/g)) {
      map.set(Number.parseInt(m[1]!, 16), char(m[2]!));
    }
  }
  return map;
}

/** The page count pdfkit writes into the page tree. */
export function pdfPageCount(pdf: Buffer): number {
  const m = /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'));
  return m ? Number(m[1]) : 0;
}
