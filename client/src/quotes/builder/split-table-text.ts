/** The separator of a pasted or imported table. */
export type Delimiter = '\t' | ';' | ',';

/**
 * The separator of a table: a tab (what Excel and LibreOffice put on the clipboard), else a
 * semicolon (Hungarian CSV: the comma is the decimal mark there), else a comma.
 */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes('\t')) return '\t';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  if (outsideQuotes.includes(';')) return ';';
  return ',';
}

/**
 * The records of a delimited text, cells trimmed: quotes as RFC 4180 (`"a;b"`, `""` for a
 * quote, a line break inside quotes stays in the cell), CRLF or LF, a byte-order mark and
 * trailing empty lines dropped.
 */
export function splitTableText(text: string, delimiter: Delimiter): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endCell = () => {
    record.push(cell.trim());
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
  };
  for (; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) endCell();
    else if (char === '\n') endRecord();
    else if (char === '\r') {
      if (text[i + 1] !== '\n') endRecord();
    } else cell += char;
  }
  if (cell !== '' || record.length > 0) endRecord();
  while (records.length > 0 && records[records.length - 1]?.every((c) => c === '')) records.pop();
  return records;
}
