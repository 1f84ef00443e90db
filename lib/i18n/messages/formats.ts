import { defineMessages } from '../define';

// Files that cannot be read (lib/io): where, which format, and the reader's own detail (English).
export const formats = defineMessages({
  nl: {
    line: '{file}, regel {line}',
    invalid: '{where}: het bestand is geen geldig {format}-bestand ({detail}).',
  },
  en: {
    line: '{file}, line {line}',
    invalid: '{where}: the file is not a valid {format} file ({detail}).',
  },
});
