/**
 * All invitation letters of a class in one Word file, one letter per page, each in its family's
 * language (Arabic paragraphs right to left). Loaded only when the teacher asks for the file.
 */
import { writeDocx, type Block } from '../export/docx';
import type { Letter } from './letters';

/** The blocks of one letter: each paragraph with its lines kept together as line breaks. */
export function letterBlocks(letter: Pick<Letter, 'language' | 'dir' | 'paragraphs'>): Block[] {
	const options =
		letter.dir === 'rtl'
			? { rtl: true, lang: letter.language }
			: letter.language === 'nl'
				? {}
				: { lang: letter.language };
	return letter.paragraphs.map((lines) => ({
		type: 'paragraph' as const,
		runs: [lines.join('\n')],
		...options,
	}));
}

export function lettersDocx(
	letters: readonly Letter[],
	title: string,
	created?: Date,
): Uint8Array<ArrayBuffer> {
	const blocks: Block[] = [];
	letters.forEach((letter, i) => {
		if (i > 0) blocks.push({ type: 'pageBreak' });
		blocks.push(...letterBlocks(letter));
	});
	if (blocks.length === 0)
		blocks.push({ type: 'paragraph', runs: ['Er zijn nog geen leerlingen ingedeeld.'] });
	return writeDocx(blocks, { title, created });
}
