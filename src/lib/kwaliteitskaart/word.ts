/**
 * The kwaliteitskaart as an editable Word document (A4): school and version date on top, then the
 * parts in order, the channels as a table, each agreement with the success factors it serves.
 *
 * Loaded only when the user asks for a Word file (it brings the Word and ZIP writers along).
 */
import { writeDocx, type Block, type Run } from '../export/docx';
import { logoBytes, logoSizeMm } from '../files/logo';
import { type Card, formatVersionDate } from './card';
import { coverage, coverageSummary, factorNames, type FactorInfo } from './coverage';
import { CARD_TITLE } from './titles';

const LOGO_MAX_MM = { width: 50, height: 22 };

const paragraph = (text: string): Block[] =>
	text.trim() ? [{ type: 'paragraph', runs: [text.trim()] }] : [];

/** The logo, the title, and the school's name with the version date. */
function headBlocks(card: Card): Block[] {
	const blocks: Block[] = [];
	const { logo } = card.school;
	if (logo) {
		blocks.push({
			type: 'image',
			...logoBytes(logo),
			...logoSizeMm(logo, LOGO_MAX_MM),
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
	return blocks;
}

/** A part with a heading and the team's text, or nothing when the text is empty. */
function textPart(heading: string, text: string): Block[] {
	return text.trim() ? [{ type: 'heading', level: 1, text: heading }, ...paragraph(text)] : [];
}

function goalsBlocks(card: Card): Block[] {
	const goals = card.goals.filter((g) => g.title.trim() || g.text.trim());
	if (!goals.length) return [];
	const items = goals.map((g): Run[] =>
		[
			g.title.trim() ? { text: `${g.title.trim()}${g.text.trim() ? ': ' : ''}`, bold: true } : '',
			g.text.trim(),
		].filter(Boolean),
	);
	return [
		{ type: 'heading', level: 1, text: 'Doelen' },
		{ type: 'list', items },
	];
}

function channelsBlocks(card: Card): Block[] {
	const channels = card.channels.filter(
		(c) => c.name.trim() || c.purpose.trim() || c.frequency.trim(),
	);
	if (!channels.length) return [];
	const header = ['Middel', 'Waarvoor', 'Hoe vaak'].map((text) => [{ text, bold: true }]);
	return [
		{ type: 'heading', level: 1, text: 'Middelen en kanalen' },
		{
			type: 'table',
			header: true,
			widths: [25, 50, 25],
			rows: [
				header,
				...channels.map((c) => [[c.name.trim()], [c.purpose.trim()], [c.frequency.trim()]]),
			],
		},
	];
}

/** The team's agreements, each with the success factors it serves. */
function agreementsBlocks(agreements: Card['agreements'], factors: readonly FactorInfo[]): Block[] {
	if (!agreements.length) return [];
	const blocks: Block[] = [{ type: 'heading', level: 1, text: 'Teamafspraken' }];
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
	return blocks;
}

/** How the agreements cover the ten success factors. */
function coverageBlocks(card: Card, factors: readonly FactorInfo[]): Block[] {
	return [
		{ type: 'heading', level: 1, text: 'De tien succesfactoren' },
		...paragraph(coverageSummary(coverage(card, factors), factors.length)),
	];
}

export function cardBlocks(card: Card, factors: readonly FactorInfo[]): Block[] {
	const agreements = card.agreements.filter((a) => a.title.trim() || a.text.trim());
	return [
		...headBlocks(card),
		...textPart('Inleiding', card.intro),
		...goalsBlocks(card),
		...channelsBlocks(card),
		...agreementsBlocks(agreements, factors),
		...textPart('Evaluatie', card.evaluation),
		...textPart('Borging', card.safeguarding),
		...(factors.length && agreements.length ? coverageBlocks(card, factors) : []),
	];
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
