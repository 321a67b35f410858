/**
 * Backups: a template's data as a JSON file the user keeps (to load next year, or on another
 * device). The file says what it is, so loading the checklist's backup on the card's page is
 * refused with a clear message instead of wiping the card.
 */
import { FileProblem } from '../files/problem';
import { upgrade, type RecordType } from './record-type';

/** Marks a file as this site's backup. */
export const BACKUP_FORMAT = 'gereedschapskist-ouderbetrokkenheid';

interface BackupEnvelope {
	format: typeof BACKUP_FORMAT;
	/** The record type's id. */
	template: string;
	version: number;
	/** When the file was made (ISO 8601). */
	savedAt: string;
	data: unknown;
}

/** The backup file's text: the data in an envelope, indented so a curious reader can open it. */
export function writeBackup<T>(type: RecordType<T>, data: T, now = new Date()): string {
	const envelope: BackupEnvelope = {
		format: BACKUP_FORMAT,
		template: type.id,
		version: type.version,
		savedAt: now.toISOString(),
		data,
	};
	return `${JSON.stringify(envelope, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The data in a backup file's text, upgraded and checked. Throws a `FileProblem` with a Dutch
 * message for anything else; the caller then keeps what it has.
 */
export function readBackup<T>(type: RecordType<T>, text: string): T {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new FileProblem(
			'Dit bestand is geen geldige reservekopie: de inhoud is geen leesbare JSON.',
		);
	}
	if (!isObject(parsed) || parsed.format !== BACKUP_FORMAT) {
		throw new FileProblem(
			'Dit bestand is geen reservekopie van de Gereedschapskist Ouderbetrokkenheid.',
		);
	}
	if (parsed.template !== type.id) {
		throw new FileProblem(
			`Dit is een reservekopie van een ander sjabloon ("${String(parsed.template)}"), niet van ${type.label}.`,
		);
	}
	return upgrade(type, Number(parsed.version), parsed.data);
}
