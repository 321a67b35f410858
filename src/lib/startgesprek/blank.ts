/**
 * The blank invitation letter for the startgesprek, for teachers who write the letters by hand or
 * in Word: the default text in all six languages, one language per page, with dotted lines where
 * the name, date and time go. Made at build time; a pure function, tested like the rest of `lib/`.
 */
import { writeDocx } from '../export/docx';
import { PARENT_LANGUAGE_CODES, PARENT_LANGUAGES } from '../i18n/languages';
import { DEFAULT_LETTERS, fillLetter, PLACEHOLDERS, type Placeholder } from './letters';
import { letterBlocks } from './word';

export const BLANK_FILE = 'startgesprek-uitnodiging-leeg.docx';
export const BLANK_TITLE = 'Uitnodiging startgesprek (leeg, in zes talen)';
/** The date in the file's properties: fixed, so every build makes the same bytes. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
/** Where something is to be written by hand. */
export const BLANK_LINE = '……………………';

export function blankLetterDocx(): Uint8Array<ArrayBuffer> {
	const blanks = Object.fromEntries(
		Object.keys(PLACEHOLDERS).map((key) => [key, BLANK_LINE]),
	) as Record<Placeholder, string>;
	const blocks = PARENT_LANGUAGE_CODES.flatMap((language, i) => [
		...(i > 0 ? [{ type: 'pageBreak' as const }] : []),
		...letterBlocks({
			language,
			dir: PARENT_LANGUAGES[language].dir,
			paragraphs: fillLetter(DEFAULT_LETTERS[language], blanks),
		}),
	]);
	return writeDocx(blocks, { title: BLANK_TITLE, created: FIXED_DATE });
}
