/** The card's fixed title, in the preview, the print and the Word file. */
export const CARD_TITLE = 'Kwaliteitskaart communicatie met ouders';
