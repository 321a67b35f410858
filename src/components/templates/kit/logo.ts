/**
 * The school's logo, from a file on the user's own computer: read in the browser (never uploaded),
 * checked, and scaled down so it is small enough to keep in the browser's storage and sharp enough
 * for print (at most 600 pixels on its longest side, about 5 cm at 300 dpi).
 */
import { MAX_LOGO_CHARS, type Logo } from '../../../lib/files/logo';
import { FileProblem } from '../../../lib/files/problem';
import { readUserFile } from '../../../lib/files/read-user-file';
import { formatBytes } from '../../../lib/text';
import { h } from './dom';
import { idOf, replaceAndFocus, type FormContext } from './form';

const MAX_FILE_BYTES = 5_000_000;
const MAX_SIDE = 600;

function dataUrl(bytes: Uint8Array, type: string): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `data:${type};base64,${btoa(binary)}`;
}

function load(src: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const image = new Image();
		image.addEventListener('load', () => resolve(image));
		image.addEventListener('error', () =>
			reject(
				new FileProblem(
					'Deze afbeelding kon niet worden gelezen. Kies een ander PNG- of JPG-bestand.',
				),
			),
		);
		image.src = src;
	});
}

async function readLogo(file: File): Promise<Logo> {
	const read = await readUserFile(file, { accept: ['png', 'jpeg'], maxBytes: MAX_FILE_BYTES });
	if (read.kind !== 'png' && read.kind !== 'jpeg')
		throw new FileProblem('Kies een PNG- of JPG-afbeelding.');
	const type = read.kind === 'png' ? 'image/png' : 'image/jpeg';
	const image = await load(dataUrl(read.bytes, type));
	const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
	const width = Math.max(1, Math.round(image.naturalWidth * scale));
	const height = Math.max(1, Math.round(image.naturalHeight * scale));
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context)
		throw new FileProblem(
			'Je browser kan deze afbeelding niet verkleinen. Kies een kleiner bestand.',
		);
	if (type === 'image/jpeg') {
		// JPEG has no transparency: a white background, as on paper.
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, width, height);
	}
	context.drawImage(image, 0, 0, width, height);
	const url = canvas.toDataURL(type, 0.9);
	if (url.length > MAX_LOGO_CHARS)
		throw new FileProblem(
			'Dit logo is ook verkleind nog te groot om te bewaren. Kies een eenvoudiger afbeelding.',
		);
	return { dataUrl: url, width, height };
}

/**
 * The logo field of a form drawn from the data: choose a picture from the user's own computer, see
 * it, take it away again. Its ids start with the form's prefix (`ik-school-logo`).
 */
export function logoField<Card extends { school: { logo: Logo | null } }>(
	form: FormContext<Card>,
): HTMLElement {
	const id = idOf(form, ['school', 'logo']);
	const logo = form.data.school.logo;
	const replace = (next: Logo | null, focusId: string, message: string) =>
		replaceAndFocus(
			form,
			{ ...form.data, school: { ...form.data.school, logo: next } },
			focusId,
			message,
		);
	const input = h('input', {
		type: 'file',
		id,
		accept: 'image/png,image/jpeg',
		'aria-describedby': `${id}-hint ${id}-error`,
	});
	const error = h('p', { class: 'gk-field-error', id: `${id}-error`, role: 'alert' });
	input.addEventListener('change', async () => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		error.textContent = '';
		try {
			replace(await readLogo(file), `${id}-remove`, 'Het logo staat op de kaart.');
		} catch (problem) {
			error.textContent =
				problem instanceof Error ? problem.message : 'Deze afbeelding kon niet worden gelezen.';
		}
	});
	const remove = logo
		? h('button', { type: 'button', class: 'gk-button', id: `${id}-remove` }, 'Logo weghalen')
		: null;
	remove?.addEventListener('click', () => replace(null, id, 'Het logo is van de kaart gehaald.'));
	return h(
		'div',
		{ class: 'gk-field gk-logo' },
		h('label', { for: id }, 'Logo van de school (niet verplicht)'),
		h(
			'p',
			{ class: 'gk-field__hint', id: `${id}-hint` },
			`Een PNG- of JPG-bestand van je eigen computer, hoogstens ${formatBytes(MAX_FILE_BYTES)}. Het blijft op dit apparaat en wordt nergens heen gestuurd.`,
		),
		logo
			? h(
					'div',
					{ class: 'gk-logo__current' },
					h('img', { src: logo.dataUrl, alt: 'Het gekozen logo', class: 'gk-logo__thumb' }),
					remove,
				)
			: null,
		input,
		error,
	);
}
