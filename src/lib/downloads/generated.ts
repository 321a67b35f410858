/**
 * Download files that the build makes from the same definitions the templates use, so a blank
 * form never drifts from the page. Each entry: the file name under `/downloads/` and a function
 * that returns its bytes. A tool lists the file in its `downloads` frontmatter; a file that is
 * neither here nor in `public/downloads/` fails the build (see `src/data/downloads.ts`).
 */
import { blankChecklistXlsx } from '../checklist/blank';
import { blankCardDocx, blankCardPdf } from '../informatiekaart/blank';
import {
	BLANK_FILE as NIEUWJAARSRECEPTIE_BLANK_FILE,
	blankInvitationDocx,
} from '../nieuwjaarsreceptie/blank';
import { BLANK_FILE as STARTGESPREK_BLANK_FILE, blankLetterDocx } from '../startgesprek/blank';

type DownloadGenerator = () => Uint8Array | Promise<Uint8Array>;

export const generatedDownloads: Record<string, DownloadGenerator> = {
	'informatiekaart-leeg.pdf': blankCardPdf,
	'informatiekaart-leeg.docx': blankCardDocx,
	'checklist-oudercontact-leeg.xlsx': blankChecklistXlsx,
	[STARTGESPREK_BLANK_FILE]: blankLetterDocx,
	[NIEUWJAARSRECEPTIE_BLANK_FILE]: blankInvitationDocx,
};
