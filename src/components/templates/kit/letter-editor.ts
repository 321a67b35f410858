/**
 * A letter that the teacher may rewrite per language (the startgesprek's invitation, the
 * nieuwjaarsreceptie's): the text in the chosen language with its label and translation notice,
 * "Standaardtekst terugzetten", and the filled-in letter as the preview and the print sheet show it.
 * An own text equal to the default, or empty, is not kept: the default text is used.
 */
import { PARENT_LANGUAGES, type ParentLanguage } from '../../../lib/i18n/languages';
import type { Announce } from './announce';
import { h } from './dom';
import { resetLetter } from './letter-reset';

type Letters = Partial<Record<ParentLanguage, string>>;

export interface LetterEditorOptions {
	/** The language choice, the text, its label, the translation notice and the reset button. */
	parts: {
		language: HTMLSelectElement;
		text: HTMLTextAreaElement;
		label: HTMLElement;
		notice: HTMLElement;
		reset: HTMLElement;
	};
	/** The label without the language: "Tekst van de brief". */
	label: string;
	defaults: Record<ParentLanguage, string>;
	/** The teacher's own texts, by language. */
	letters(): Letters;
	/** The text the letter in a language starts from: the own text, or the default. */
	template(language: ParentLanguage): string;
	/** Typing changed the own texts: save soon, draw what follows shortly after. */
	onTyped(letters: Letters): void;
	/** The default text is back in one language: save and draw. */
	onReset(letters: Letters): void;
	/** Another language was chosen (the editor is drawn already). */
	onLanguage?(): void;
	announce: Announce;
}

export interface LetterEditor {
	/** The language being edited. */
	readonly language: ParentLanguage;
	/** Shows the text of the chosen language (the cursor stays where it is when the text is the same). */
	draw(): void;
}

export function mountLetterEditor(options: LetterEditorOptions): LetterEditor {
	const { language, text, label, notice, reset } = options.parts;
	const shown = () => language.value as ParentLanguage;

	const draw = () => {
		const code = shown();
		const value = options.template(code);
		if (text.value !== value) text.value = value;
		text.lang = code;
		text.dir = PARENT_LANGUAGES[code].dir;
		label.textContent = `${options.label} (${PARENT_LANGUAGES[code].name})`;
		notice.hidden = code === 'nl';
	};

	text.addEventListener('input', () => {
		const code = shown();
		const letters = { ...options.letters() };
		if (text.value === options.defaults[code] || !text.value.trim()) delete letters[code];
		else letters[code] = text.value;
		options.onTyped(letters);
	});
	language.addEventListener('change', () => {
		draw();
		options.onLanguage?.();
	});
	reset.addEventListener('click', async () => {
		const letters = await resetLetter(options.letters(), shown(), options.announce);
		if (!letters) return;
		options.onReset(letters);
		draw();
		options.announce('De standaardtekst staat er weer.');
	});

	return {
		get language() {
			return shown();
		},
		draw,
	};
}

/** A filled-in letter: its paragraphs, each line on its own line, in the letter's language and direction. */
export function renderLetter(
	letter: { language: ParentLanguage; dir: 'ltr' | 'rtl'; paragraphs: string[][] },
	tag: 'article' | 'div',
): HTMLElement {
	return h(
		tag,
		{ class: 'gk-letter', lang: letter.language, dir: letter.dir },
		letter.paragraphs.map((lines) =>
			h(
				'p',
				{ dir: 'auto' },
				lines.flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])),
			),
		),
	);
}
