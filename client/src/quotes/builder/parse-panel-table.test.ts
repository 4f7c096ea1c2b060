import { describe, expect, it } from 'vitest';
import { type ImportCatalog, normalize, parsePanelTable } from './parse-panel-table.ts';
import { detectDelimiter, splitTableText } from './split-table-text.ts';

const BARDOLINO = '11111111-1111-4111-8111-111111111111';
const FEHER = '22222222-2222-4222-8222-222222222222';
const FEHER_25 = '33333333-3333-4333-8333-333333333333';
const EDGE = '44444444-4444-4444-8444-444444444444';

const catalog: ImportCatalog = {
  materials: [
    { id: BARDOLINO, name: 'H1145 ST10 Bardolino tölgy natúr' },
    { id: FEHER, name: 'W1000 ST9 Prémium fehér 18' },
    { id: FEHER_25, name: 'W1000 ST9 Prémium fehér 25' },
  ],
  edgeBandings: [{ id: EDGE, label: 'ABS-22/2-H1145', decor: 'H1145' }],
};

describe('splitTableText', () => {
  it('splits tabs, semicolons and commas, with quoted cells', () => {
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(detectDelimiter('a;b\n"1,5";2')).toBe(';');
    expect(detectDelimiter('a,b\n1,2')).toBe(',');
    expect(splitTableText('\ufeffa;"b ""x""; c"\r\n1;2\r\n\r\n', ';')).toEqual([
      ['a', 'b "x"; c'],
      ['1', '2'],
    ]);
    expect(splitTableText('"line\nbreak",2\n3,4', ',')).toEqual([
      ['line\nbreak', '2'],
      ['3', '4'],
    ]);
  });
});

describe('normalize', () => {
  it('drops accents, case, units and punctuation', () => {
    expect(normalize('Szélesség (mm)')).toBe('szelesseg');
    expect(normalize('Él A')).toBe('ela');
  });
});

describe('parsePanelTable', () => {
  it('reads a spreadsheet paste in the grid order and matches names and codes', () => {
    const text = [
      'H1145 ST10 Bardolino tölgy natúr\t720\t560\t2\tOldal\tH1145\t\t\t\t2\thosszú\tigen\tnem',
      'h1145\t600\t300\t1',
    ].join('\n');
    const preview = parsePanelTable(text, catalog);
    expect(preview.header).toBe(false);
    expect(preview.rows.map((r) => r.issues)).toEqual([[], []]);
    expect(preview.rows[0]?.row).toMatchObject({
      materialId: BARDOLINO,
      width: '720',
      height: '560',
      quantity: '2',
      label: 'Oldal',
      edgeA: EDGE,
      edgeB: null,
      hingeHoles: '2',
      hingeSide: 'LONG',
      doubling: true,
      angleCut: false,
    });
    expect(preview.rows[1]?.row.materialId).toBe(BARDOLINO);
  });

  it('reads a Hungarian CSV with a header in any order, decimal commas and per-row errors', () => {
    const text = [
      'Darab;Magasság (mm);Szélesség (mm);Anyag;Címke',
      '4;560;720;W1000 ST9 Prémium fehér 18;Polc',
      '1;560,5;720;W1000 ST9 Prémium fehér 18;',
      '1;560;720;Nincs ilyen;',
      '1;560;720;W1000;',
      '0;560;99999;H1145;',
    ].join('\r\n');
    const preview = parsePanelTable(text, catalog);
    expect(preview.header).toBe(true);
    expect(preview.columns).toEqual(['quantity', 'height', 'width', 'material', 'label']);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(preview.rows[0]?.row).toMatchObject({
      materialId: FEHER,
      width: '720',
      height: '560',
      quantity: '4',
      label: 'Polc',
    });
    expect(preview.rows[0]?.issues).toEqual([]);
    expect(preview.rows[1]?.issues).toEqual([{ column: 'height', code: 'sizeNotWhole' }]);
    expect(preview.rows[2]?.issues).toEqual([{ column: 'material', code: 'materialUnknown' }]);
    expect(preview.rows[3]?.issues).toEqual([{ column: 'material', code: 'materialAmbiguous' }]);
    expect(preview.rows[4]?.issues).toEqual([
      { column: 'width', code: 'sizeRange' },
      { column: 'quantity', code: 'quantityRange' },
    ]);
  });

  it('takes sizes-only lines with the default material, and reports bad flags', () => {
    const text = '720,560,2\n"1 200",300,1,Ajtó,,,,,,oldalt\n';
    const preview = parsePanelTable(text, catalog, { defaultMaterialId: FEHER });
    expect(preview.columns[0]).toBe('width');
    expect(preview.rows[0]?.row).toMatchObject({ materialId: FEHER, width: '720', quantity: '2' });
    expect(preview.rows[1]?.issues).toEqual([{ column: 'hingeSide', code: 'hingeSideUnknown' }]);
    // Without a default, a missing material is the row's error.
    const bare = parsePanelTable('720\t560\t1', catalog);
    expect(bare.rows[0]?.issues).toEqual([{ column: 'material', code: 'materialRequired' }]);
  });

  it('reports unknown edge bandings and rows over the limit', () => {
    const text = 'H1145\t100\t100\t1\t\tXYZ\nH1145\t100\t100\t1\nH1145\t100\t100\t1';
    const preview = parsePanelTable(text, catalog, { maxRows: 2 });
    expect(preview.rows[0]?.issues).toEqual([{ column: 'edgeA', code: 'edgeUnknown' }]);
    expect(preview.rows[2]?.issues).toEqual([{ column: null, code: 'tooManyRows' }]);
  });
});
