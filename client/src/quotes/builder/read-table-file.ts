/**
 * A CSV file's text. UTF-8 first; a file that is not valid UTF-8 is read as Windows-1250,
 * the encoding Hungarian Excel saves CSV in ("Mentés CSV-ként"), so `ő` and `ű` survive.
 */
export async function readTableFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1250').decode(bytes);
  }
}
