/**
 * Pure check that the clusters' factor lists and the factors' `cluster` fields tell the same story,
 * and that the factors are numbered 1..n without gaps or doubles. Returns Dutch problem descriptions.
 */
export function frameworkProblems(
	factors: { id: string; number: number; cluster: string }[],
	clusters: { id: string; factors: number[] }[],
): string[] {
	const problems: string[] = [];
	const byNumber = new Map<number, string>();
	for (const f of factors) {
		const other = byNumber.get(f.number);
		if (other)
			problems.push(`Succesfactoren "${other}" en "${f.id}" hebben allebei nummer ${f.number}.`);
		byNumber.set(f.number, f.id);
	}
	for (let n = 1; n <= factors.length; n++) {
		if (!byNumber.has(n)) problems.push(`Er is geen succesfactor met nummer ${n}.`);
	}
	for (const f of factors) {
		const listed = clusters.filter((c) => c.factors.includes(f.number)).map((c) => c.id);
		if (listed.length !== 1 || listed[0] !== f.cluster) {
			problems.push(
				`Succesfactor ${f.number} ("${f.id}") hoort volgens zijn bestand bij cluster "${f.cluster}", maar staat in de factorlijst van: ${listed.join(', ') || 'geen enkel cluster'}.`,
			);
		}
	}
	return problems;
}
