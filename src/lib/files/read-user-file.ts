/**
 * Reading a file that the user picks (a backup, a class list, a logo): one place that caps the
 * size before anything is read, tells the kind of file from its content rather than its name, and
 * turns every problem into a Dutch message. Nothing is uploaded: the file is read in the browser.
 */
import { formatBytes, joinList } from '../text';
import { FileProblem } from './problem';

export type FileKind = 'json' | 'csv' | 'xlsx' | 'docx' | 'png' | 'jpeg';

/** What the user is told to pick, per kind. */
const KIND_NAMES: Record<FileKind, string> = {
	json: 'een reservekopie (.json)',
	csv: 'een CSV- of tekstbestand',
	xlsx: 'een Excel-bestand (.xlsx)',
	docx: 'een Word-bestand (.docx)',
	png: 'een PNG-afbeelding',
	jpeg: 'een JPG-afbeelding',
};

export type UserFile =
	| { kind: 'json' | 'csv'; text: string; name: string }
	| { kind: 'xlsx' | 'docx' | 'png' | 'jpeg'; bytes: Uint8Array; name: string };

interface ReadOptions {
	/** The kinds this place accepts. */
	accept: readonly FileKind[];
	/** Largest file, in bytes, read at all. */
	maxBytes: number;
}

/** "een CSV- of tekstbestand of een Excel-bestand (.xlsx)". */
const listOf = (kinds: readonly FileKind[]) =>
	joinList(
		kinds.map((kind) => KIND_NAMES[kind]),
		'or',
	);

const startsWith = (bytes: Uint8Array, signature: number[]) =>
	signature.every((byte, index) => bytes[index] === byte);

/**
 * Decodes text as schools' programs write it: UTF-8 (with or without byte-order mark), UTF-16 with a
 * byte-order mark (Excel's "Unicode-tekst"), or else Windows-1252 (older Excel CSV). Throws when the
 * bytes are not text at all.
 */
export function decodeText(bytes: Uint8Array): string {
	if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
	// NUL bytes and other control characters do not occur in a text file.
	const sample = body.subarray(0, 65_536);
	let control = 0;
	for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
	if (control > 0)
		throw new FileProblem(
			'Dit bestand bevat geen tekst. Kies een CSV-bestand, een Excel-bestand of een reservekopie (.json).',
		);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(body);
	} catch {
		return new TextDecoder('windows-1252').decode(body);
	}
}

/**
 * The kind of file, from its first bytes (and for ZIP files the parts inside), or null when unknown.
 * The ZIP reader is loaded only for ZIP files, so pages that read only backups do not carry it.
 */
async function detectKind(bytes: Uint8Array): Promise<FileKind | 'text' | null> {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
		const { readZip } = await import('./zip');
		const names: string[] = [];
		readZip(bytes, (name) => {
			names.push(name);
			return false;
		});
		if (names.includes('xl/workbook.xml')) return 'xlsx';
		if (names.includes('word/document.xml')) return 'docx';
		return null;
	}
	// Old binary Office files (.xls, .doc) start with the OLE signature.
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return null;
	return 'text';
}

/**
 * Reads a picked file, checking its size first and its kind from its content. Throws a
 * `FileProblem` with a Dutch message when the file is too large, empty, of another kind, or damaged.
 */
export async function readUserFile(
	file: Blob & { name?: string },
	options: ReadOptions,
): Promise<UserFile> {
	const name = file.name ?? 'bestand';
	if (file.size === 0) throw new FileProblem('Het bestand is leeg.');
	if (file.size > options.maxBytes) {
		throw new FileProblem(
			`Het bestand is te groot (${formatBytes(file.size)}). Kies een bestand tot ${formatBytes(options.maxBytes)}.`,
		);
	}
	const bytes = new Uint8Array(await file.arrayBuffer());
	const detected = await detectKind(bytes);
	if (/\.xls$/i.test(name) && detected === null) {
		throw new FileProblem(
			'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV en kies dat bestand.',
		);
	}
	if (detected === 'text') {
		const text = decodeText(bytes);
		const looksLikeJson = /^\s*[{[]/.test(text);
		const kind: FileKind = looksLikeJson && options.accept.includes('json') ? 'json' : 'csv';
		if (!options.accept.includes(kind)) {
			throw new FileProblem(`Dit bestand past hier niet. Kies ${listOf(options.accept)}.`);
		}
		return { kind, text, name } as UserFile;
	}
	if (detected === null || !options.accept.includes(detected)) {
		throw new FileProblem(`Dit bestand past hier niet. Kies ${listOf(options.accept)}.`);
	}
	return { kind: detected, bytes, name } as UserFile;
}
