/**
 * The blank invitation to the nieuwjaarsreceptie, for teachers who fill it in by hand or in Word:
 * the default text in all six languages, one language per page, with dotted lines for the class,
 * date, time and place. Made at build time; a pure function, tested like the rest of `lib/`.
 */
import { writeDocx } from '../export/docx';
import { PARENT_LANGUAGE_CODES, PARENT_LANGUAGES } from '../i18n/languages';
import { BLANK_LINE } from '../startgesprek/blank';
import { fillLetter } from '../startgesprek/letters';
import { letterBlocks } from '../startgesprek/word';
import { DEFAULT_INVITATIONS, INVITATION_PLACEHOLDERS } from './invitation';

export const BLANK_FILE = 'nieuwjaarsreceptie-uitnodiging-leeg.docx';
export const BLANK_TITLE = 'Uitnodiging nieuwjaarsreceptie (leeg, in zes talen)';
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export function blankInvitationDocx(): Uint8Array<ArrayBuffer> {
	const keys = Object.keys(INVITATION_PLACEHOLDERS);
	const blanks = Object.fromEntries(keys.map((key) => [key, BLANK_LINE]));
	const blocks = PARENT_LANGUAGE_CODES.flatMap((language, i) => [
		...(i > 0 ? [{ type: 'pageBreak' as const }] : []),
		...letterBlocks({
			language,
			dir: PARENT_LANGUAGES[language].dir,
			paragraphs: fillLetter(DEFAULT_INVITATIONS[language], blanks, keys),
		}),
	]);
	return writeDocx(blocks, { title: BLANK_TITLE, created: FIXED_DATE });
}
