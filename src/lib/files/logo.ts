/**
 * A school's logo as the cards keep it: a picture from the user's own computer, scaled down in the
 * browser and stored as a data: URL beside the card (never uploaded). One shape for every card
 * that carries a logo (informatiekaart, kwaliteitskaart).
 */
import * as z from 'zod/mini';

/** Largest logo kept, as a data: URL (the page scales the picture down before it keeps it). */
export const MAX_LOGO_CHARS = 1_500_000;

export const logoSchema = z.object({
	dataUrl: z.string().check(
		z.maxLength(MAX_LOGO_CHARS),
		z.regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, {
			error: 'verwacht een PNG- of JPG-afbeelding',
		}),
	),
	width: z.number().check(z.int(), z.positive(), z.lte(4000)),
	height: z.number().check(z.int(), z.positive(), z.lte(4000)),
});

export type Logo = z.infer<typeof logoSchema>;

/** The bytes of a logo's data: URL, for a Word or PDF file. */
export function logoBytes(logo: Logo): { data: Uint8Array; format: 'png' | 'jpeg' } {
	const [head, base64 = ''] = logo.dataUrl.split(',');
	const binary = atob(base64);
	const data = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
	return { data, format: head!.includes('image/png') ? 'png' : 'jpeg' };
}

/** The logo's size in a document: as large as fits in `max` (millimetres), to 0.1 mm. */
export function logoSizeMm(
	logo: Logo,
	max: { width: number; height: number },
): { widthMm: number; heightMm: number } {
	const scale = Math.min(max.width / logo.width, max.height / logo.height);
	return {
		widthMm: Math.round(logo.width * scale * 10) / 10,
		heightMm: Math.round(logo.height * scale * 10) / 10,
	};
}
