/**
 * The languages that the templates offer for what parents read (the card's fixed headings, the
 * invitation letters): Dutch and the languages most spoken by parents in Dutch schools beside it.
 * The team's own text is never translated; it stays as typed.
 */
export const PARENT_LANGUAGES = {
	nl: { name: 'Nederlands', nativeName: 'Nederlands', dir: 'ltr', locale: 'nl-NL' },
	en: { name: 'Engels', nativeName: 'English', dir: 'ltr', locale: 'en-GB' },
	tr: { name: 'Turks', nativeName: 'Türkçe', dir: 'ltr', locale: 'tr-TR' },
	// Latin digits, as on the schedule and the card's times.
	ar: { name: 'Arabisch', nativeName: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn' },
	pl: { name: 'Pools', nativeName: 'Polski', dir: 'ltr', locale: 'pl-PL' },
	uk: { name: 'Oekraïens', nativeName: 'Українська', dir: 'ltr', locale: 'uk-UA' },
} as const satisfies Record<
	string,
	{ name: string; nativeName: string; dir: 'ltr' | 'rtl'; locale: string }
>;

export type ParentLanguage = keyof typeof PARENT_LANGUAGES;

export const PARENT_LANGUAGE_CODES = Object.keys(PARENT_LANGUAGES) as ParentLanguage[];

/** What the page says wherever it offers translations. */
export const TRANSLATION_NOTICE =
	'De vertalingen van de vaste teksten zijn met zorg gemaakt, maar niet door een moedertaalspreker nagekeken. Laat ze controleren door iemand die de taal goed kent, voordat je ze aan ouders geeft.';
