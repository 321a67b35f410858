/**
 * The kwaliteitskaart as an editable Word document (A4): school and version date on top, then the
 * parts in order, the channels as a table, each agreement with the success factors it serves.
 *
 * Loaded only when the user asks for a Word file (it brings the Word and ZIP writers along).
 */
import { writeDocx, type Block, type Run } from '../export/docx';
import type { Logo } from '../files/logo';
import { type Card, formatVersionDate } from './card';
import { coverage, coverageSummary, factorNames, type FactorInfo } from './coverage';
import { CARD_TITLE } from './titles';

const LOGO_MAX_MM = { width: 50, height: 22 };

function logoBytes(logo: Logo): { data: Uint8Array; format: 'png' | 'jpeg' } {
	const [head, base64 = ''] = logo.dataUrl.split(',');
	const binary = atob(base64);
	const data = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
	return { data, format: head!.includes('image/png') ? 'png' : 'jpeg' };
}

export function cardBlocks(card: Card, factors: readonly FactorInfo[]): Block[] {
	const blocks: Block[] = [];
	const paragraph = (text: string): Block[] =>
		text.trim() ? [{ type: 'paragraph', runs: [text.trim()] }] : [];
	if (card.school.logo) {
		const { data, format } = logoBytes(card.school.logo);
		const scale = Math.min(
			LOGO_MAX_MM.width / card.school.logo.width,
			LOGO_MAX_MM.height / card.school.logo.height,
		);
		blocks.push({
			type: 'image',
			data,
			format,
			widthMm: Math.round(card.school.logo.width * scale * 10) / 10,
			heightMm: Math.round(card.school.logo.height * scale * 10) / 10,
			description: `Logo van ${card.school.name || 'de school'}`,
			align: 'start',
		});
	}
	blocks.push({ type: 'title', text: CARD_TITLE });
	const top: Run[] = [];
	if (card.school.name.trim()) top.push({ text: card.school.name.trim(), bold: true });
	if (card.versionDate)
		top.push(`${top.length ? ' · ' : ''}Versie van ${formatVersionDate(card.versionDate)}`);
	if (top.length) blocks.push({ type: 'paragraph', runs: top });

	if (card.intro.trim())
		blocks.push({ type: 'heading', level: 1, text: 'Inleiding' }, ...paragraph(card.intro));
	const goals = card.goals.filter((g) => g.title.trim() || g.text.trim());
	if (goals.length) {
		blocks.push({ type: 'heading', level: 1, text: 'Doelen' });
		blocks.push({
			type: 'list',
			items: goals.map((g): Run[] =>
				[
					g.title.trim()
						? { text: `${g.title.trim()}${g.text.trim() ? ': ' : ''}`, bold: true }
						: '',
					g.text.trim(),
				].filter(Boolean),
			),
		});
	}
	const channels = card.channels.filter(
		(c) => c.name.trim() || c.purpose.trim() || c.frequency.trim(),
	);
	if (channels.length) {
		blocks.push({ type: 'heading', level: 1, text: 'Middelen en kanalen' });
		blocks.push({
			type: 'table',
			header: true,
			widths: [25, 50, 25],
			rows: [
				[
					[{ text: 'Middel', bold: true }],
					[{ text: 'Waarvoor', bold: true }],
					[{ text: 'Hoe vaak', bold: true }],
				],
				...channels.map((c) => [[c.name.trim()], [c.purpose.trim()], [c.frequency.trim()]]),
			],
		});
	}
	const agreements = card.agreements.filter((a) => a.title.trim() || a.text.trim());
	if (agreements.length) {
		blocks.push({ type: 'heading', level: 1, text: 'Teamafspraken' });
		for (const agreement of agreements) {
			if (agreement.title.trim())
				blocks.push({ type: 'heading', level: 2, text: agreement.title.trim() });
			blocks.push(...paragraph(agreement.text));
			const served = factorNames(factors, agreement.factors);
			if (served)
				blocks.push({
					type: 'paragraph',
					small: true,
					runs: [{ text: `Succesfactoren: ${served}`, italic: true }],
				});
		}
	}
	if (card.evaluation.trim())
		blocks.push({ type: 'heading', level: 1, text: 'Evaluatie' }, ...paragraph(card.evaluation));
	if (card.safeguarding.trim())
		blocks.push({ type: 'heading', level: 1, text: 'Borging' }, ...paragraph(card.safeguarding));
	if (factors.length && agreements.length) {
		blocks.push({ type: 'heading', level: 1, text: 'De tien succesfactoren' });
		blocks.push(...paragraph(coverageSummary(coverage(card, factors), factors.length)));
	}
	return blocks;
}

/** The card as the bytes of an A4 .docx file. */
export function cardDocx(
	card: Card,
	factors: readonly FactorInfo[],
	created?: Date,
): Uint8Array<ArrayBuffer> {
	const title = [CARD_TITLE, card.school.name.trim()].filter(Boolean).join(' ');
	return writeDocx(cardBlocks(card, factors), {
		title,
		page: { size: 'A4', marginMm: 20 },
		...(created ? { created } : {}),
	});
}
