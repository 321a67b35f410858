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
