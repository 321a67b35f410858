/**
 * "Standaardtekst terugzetten" for a letter that a teacher may rewrite per language: asks first,
 * because the own text is lost.
 */
import { PARENT_LANGUAGES, type ParentLanguage } from '../../../lib/i18n/languages';
import { confirmAction } from './confirm';

/**
 * The letters without the own text in `language`, once the user agrees; null when there is no own
 * text (then `say` tells so) or the user keeps it.
 */
export async function resetLetter<Letters extends Partial<Record<ParentLanguage, string>>>(
	letters: Letters,
	language: ParentLanguage,
	say: (message: string) => void,
): Promise<Letters | null> {
	if (!letters[language]) {
		say('Dit is al de standaardtekst.');
		return null;
	}
	const sure = await confirmAction({
		title: 'Standaardtekst terugzetten?',
		message: `Je eigen tekst in het ${PARENT_LANGUAGES[language].name} verdwijnt en de standaardtekst komt ervoor terug.`,
		confirmLabel: 'Ja, zet de standaardtekst terug',
		danger: true,
	});
	if (!sure) return null;
	const rest = { ...letters };
	delete rest[language];
	return rest;
}
