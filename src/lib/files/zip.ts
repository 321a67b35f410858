/**
 * ZIP archives, the container of .xlsx and .docx files. Reading is capped: a file a user picks may
 * be a "zip bomb" that unpacks to gigabytes, so every entry is inflated in small steps and reading
 * stops as soon as the unpacked total passes the cap, whatever sizes the archive claims.
 */
import { Inflate, zipSync, type Zippable } from 'fflate';
import { formatBytes } from '../text';
import { FileProblem } from './problem';

export interface ZipReadLimits {
	/** Most entries the archive may list. */
	maxEntries: number;
	/** Most bytes all wanted entries may unpack to, together. */
	maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipReadLimits = { maxEntries: 500, maxTotalBytes: 40_000_000 };

/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1,032 times, so one step stays small. */
const STEP = 4096;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const decoder = new TextDecoder();

function damaged(): FileProblem {
	return new FileProblem('Het bestand is beschadigd of is geen geldig Excel- of Word-bestand.');
}

/** Where the central directory starts and how many entries it has (from the end-of-central-directory record). */
function findDirectory(bytes: Uint8Array): { offset: number; count: number } {
	const data = view(bytes);
	// The record is at least 22 bytes and may be followed by a comment of up to 65,535 bytes.
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
		if (data.getUint32(at, true) === 0x06054b50) {
			return { count: data.getUint16(at + 10, true), offset: data.getUint32(at + 16, true) };
		}
	}
	throw damaged();
}

/**
 * The entries of a ZIP archive whose names `wanted` accepts, unpacked. Throws a `FileProblem`
 * (a Dutch message for the user) when the archive is damaged, uses an unsupported method, has too
 * many entries, or unpacks to more than the cap.
 */
export function readZip(
	bytes: Uint8Array,
	wanted: (name: string) => boolean,
	limits: ZipReadLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
	if (bytes.length < 22 || view(bytes).getUint32(0, true) !== 0x04034b50) throw damaged();
	const { offset, count } = findDirectory(bytes);
	if (count > limits.maxEntries)
		throw new FileProblem(
			`Het bestand bevat te veel onderdelen (${count}). Is het echt een gewoon Excel- of Word-bestand?`,
		);
	const data = view(bytes);
	const entries = new Map<string, Uint8Array>();
	let total = 0;
	let at = offset;
	for (let index = 0; index < count; index++) {
		if (at + 46 > bytes.length || data.getUint32(at, true) !== 0x02014b50) throw damaged();
		const flags = data.getUint16(at + 8, true);
		const method = data.getUint16(at + 10, true);
		const compressedSize = data.getUint32(at + 20, true);
		const nameLength = data.getUint16(at + 28, true);
		const extraLength = data.getUint16(at + 30, true);
		const commentLength = data.getUint16(at + 32, true);
		const localOffset = data.getUint32(at + 42, true);
		const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		at += 46 + nameLength + extraLength + commentLength;
		if (!wanted(name)) continue;
		if (flags & 1)
			throw new FileProblem(
				'Het bestand is beveiligd met een wachtwoord. Sla het zonder wachtwoord op en probeer het opnieuw.',
			);
		if (localOffset + 30 > bytes.length || data.getUint32(localOffset, true) !== 0x04034b50)
			throw damaged();
		const start =
			localOffset +
			30 +
			data.getUint16(localOffset + 26, true) +
			data.getUint16(localOffset + 28, true);
		const compressed = bytes.subarray(start, start + compressedSize);
		if (compressed.length !== compressedSize) throw damaged();
		let unpacked: Uint8Array;
		if (method === 0) {
			unpacked = compressed;
			total += unpacked.length;
		} else if (method === 8) {
			const chunks: Uint8Array[] = [];
			const inflater = new Inflate((chunk) => {
				total += chunk.length;
				if (total > limits.maxTotalBytes) throw tooBig(limits);
				chunks.push(chunk);
			});
			try {
				for (let step = 0; step < compressed.length; step += STEP) {
					inflater.push(compressed.subarray(step, step + STEP), step + STEP >= compressed.length);
				}
				if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
			} catch (error) {
				if (error instanceof FileProblem) throw error;
				throw damaged();
			}
			unpacked = concat(chunks);
		} else {
			throw new FileProblem(
				'Het bestand gebruikt een manier van inpakken die de site niet kent. Sla het opnieuw op als gewoon .xlsx- of .docx-bestand.',
			);
		}
		if (total > limits.maxTotalBytes) throw tooBig(limits);
		entries.set(name, unpacked);
	}
	return entries;
}

function tooBig(limits: ZipReadLimits): FileProblem {
	return new FileProblem(
		`Het bestand pakt uit tot meer dan ${formatBytes(limits.maxTotalBytes)}. Dat is te groot voor een klassenlijst of formulier; kies een kleiner bestand.`,
	);
}

function concat(chunks: Uint8Array[]): Uint8Array {
	if (chunks.length === 1) return chunks[0]!;
	const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/** A fixed date for every entry, so the same content always gives the same file (builds are reproducible). */
const FIXED_TIME = new Date('2026-01-01T00:00:00Z');

/** A ZIP archive of the given files (text is written as UTF-8), in the order given. */
export function writeZip(files: Record<string, string | Uint8Array>): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const zippable: Zippable = {};
	for (const [name, content] of Object.entries(files)) {
		zippable[name] = [
			typeof content === 'string' ? encoder.encode(content) : content,
			{ mtime: FIXED_TIME },
		];
	}
	return zipSync(zippable, { level: 6 });
}
