/**
 * A file that cannot be read: names the file, the line (1-based, when known) and what was
 * expected, in English ("edges.csv:3: expected a row source,target[,weight], got \"c\""). The
 * importer wraps it into a bilingual ValidationError; `npm run analyze` prints it.
 */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly expected: string,
    readonly got?: string,
  ) {
    super(
      `${file}${line === null ? '' : `:${line}`}: expected ${expected}${got === undefined ? '' : `, got ${got}`}`,
    );
  }
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
