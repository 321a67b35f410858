/**
 * The school's logo, from a file on the user's own computer: read in the browser (never uploaded),
 * checked, and scaled down so it is small enough to keep in the browser's storage and sharp enough
 * for print (at most 600 pixels on its longest side, about 5 cm at 300 dpi).
 */
import type { Logo } from '../../../lib/informatiekaart/card';
import { MAX_LOGO_CHARS } from '../../../lib/informatiekaart/card';
import { FileProblem } from '../../../lib/files/problem';
import { readUserFile } from '../../../lib/files/read-user-file';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_SIDE = 600;

function dataUrl(bytes: Uint8Array, type: string): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `data:${type};base64,${btoa(binary)}`;
}

function load(src: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const image = new Image();
		image.addEventListener('load', () => resolve(image));
		image.addEventListener('error', () => reject(new FileProblem('Deze afbeelding kon niet worden gelezen. Kies een ander PNG- of JPG-bestand.')));
		image.src = src;
	});
}

export async function readLogo(file: File): Promise<Logo> {
	const read = await readUserFile(file, { accept: ['png', 'jpeg'], maxBytes: MAX_FILE_BYTES });
	if (read.kind !== 'png' && read.kind !== 'jpeg') throw new FileProblem('Kies een PNG- of JPG-afbeelding.');
	const type = read.kind === 'png' ? 'image/png' : 'image/jpeg';
	const image = await load(dataUrl(read.bytes, type));
	const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
	const width = Math.max(1, Math.round(image.naturalWidth * scale));
	const height = Math.max(1, Math.round(image.naturalHeight * scale));
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) throw new FileProblem('Je browser kan deze afbeelding niet verkleinen. Kies een kleiner bestand.');
	if (type === 'image/jpeg') {
		// JPEG has no transparency: a white background, as on paper.
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, width, height);
	}
	context.drawImage(image, 0, 0, width, height);
	const url = canvas.toDataURL(type, 0.9);
	if (url.length > MAX_LOGO_CHARS) throw new FileProblem('Dit logo is ook verkleind nog te groot om te bewaren. Kies een eenvoudiger afbeelding.');
	return { dataUrl: url, width, height };
}
