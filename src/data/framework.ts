import { getCollection, type CollectionEntry } from 'astro:content';
import { frameworkProblems } from '../lib/framework-check';

export type Factor = CollectionEntry<'factors'>;
export type Cluster = CollectionEntry<'clusters'>;

interface ClusterWithFactors {
	cluster: Cluster;
	factors: Factor[];
}

/** The URL of a factor's page. */
export const factorHref = (factorId: string) => `/succesfactoren/${factorId}/`;

/** All factors in number order, with their clusters in order; fails the build if the data disagree. */
export async function getFramework(): Promise<{
	factors: Factor[];
	clusters: ClusterWithFactors[];
}> {
	const factors = (await getCollection('factors')).sort((a, b) => a.data.number - b.data.number);
	const clusters = (await getCollection('clusters')).sort((a, b) => a.data.order - b.data.order);
	const problems = frameworkProblems(
		factors.map((f) => ({ id: f.id, number: f.data.number, cluster: f.data.cluster.id })),
		clusters.map((c) => ({ id: c.id, factors: c.data.factors })),
	);
	if (problems.length > 0) {
		throw new Error(`De succesfactoren in content/ kloppen niet:\n- ${problems.join('\n- ')}`);
	}
	return {
		factors,
		clusters: clusters.map((cluster) => ({
			cluster,
			factors: factors.filter((f) => f.data.cluster.id === cluster.id),
		})),
	};
}
