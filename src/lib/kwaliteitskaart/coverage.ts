/**
 * Which of the ten success factors a kwaliteitskaart addresses, from the factors its agreements are
 * tagged with, and for the factors it leaves open, the tools that serve them. The factor list and
 * the tools per factor come from the content at build time (the tools' frontmatter is the only
 * place that mapping is written), passed to the page as data.
 */
import { joinList } from '../text';
import type { Card } from './card';

/** A link to a page of the site. */
interface PageLink {
	title: string;
	href: string;
}

/** One success factor as the page gets it from the build. */
export interface FactorInfo {
	number: number;
	title: string;
	/** The cluster's name: "Contact". */
	cluster: string;
	href: string;
	/** The tools whose frontmatter says they serve this factor. */
	tools: PageLink[];
}

interface FactorCoverage {
	factor: FactorInfo;
	/** Titles of the agreements tagged with this factor (an untitled one as "Afspraak n"), in card order. */
	agreements: string[];
}

interface Coverage {
	covered: FactorCoverage[];
	open: FactorInfo[];
}

export function coverage(card: Pick<Card, 'agreements'>, factors: readonly FactorInfo[]): Coverage {
	const all = factors.map((factor) => ({
		factor,
		agreements: card.agreements.flatMap((agreement, index) =>
			agreement.factors.includes(factor.number)
				? [agreement.title.trim() || `Afspraak ${index + 1}`]
				: [],
		),
	}));
	return {
		covered: all.filter((c) => c.agreements.length > 0),
		open: all.filter((c) => c.agreements.length === 0).map((c) => c.factor),
	};
}

/** "1. Welkom, 3. Samen en 7. Goed nieuws": the factors with these numbers, by number and title. */
export function factorNames(factors: readonly FactorInfo[], numbers: readonly number[]): string {
	return joinList(
		factors.filter((f) => numbers.includes(f.number)).map((f) => `${f.number}. ${f.title}`),
	);
}

/** One sentence on the coverage, for the live region and the print: "De kaart dekt 7 van de 10 succesfactoren. Nog open: 8, 9 en 10." */
export function coverageSummary(result: Coverage, total: number): string {
	if (result.covered.length === 0)
		return `Nog geen afspraak is gekoppeld aan een succesfactor. Alle ${total} staan nog open.`;
	const head = `De kaart dekt ${result.covered.length} van de ${total} succesfactoren.`;
	return result.open.length === 0
		? `${head} Geen enkele staat nog open.`
		: `${head} Nog open: ${joinList(result.open.map((f) => String(f.number)))}.`;
}
