import { activityHref, getActivities } from './activities';
import { factorHref, getFramework } from './framework';
import { getTools, pageHref } from './tools';
import type { Helper, ScanCluster, ScanFactor } from '../lib/zelfscan/results';

export interface SelfScanData {
	factors: ScanFactor[];
	clusters: ScanCluster[];
	/** Every tool, in the site's order, with the factors its frontmatter says it serves (`applies: true`). */
	tools: Helper[];
	/** The parent activities of the minimal set, with the factors the toolbox links them to. */
	activities: Helper[];
}

/**
 * What the zelfscan page needs from the content, read at build time: the factors with their level
 * descriptions, the clusters, and which tools and activities serve which factor. The mapping is
 * the tools' own frontmatter; nothing is copied by hand.
 */
export async function getSelfScanData(): Promise<SelfScanData> {
	const { factors, clusters } = await getFramework();
	const numberOf = (factorId: string) => {
		const factor = factors.find((f) => f.id === factorId);
		if (!factor) throw new Error(`Onbekende succesfactor ${factorId}.`);
		return factor.data.number;
	};
	return {
		factors: factors.map((f) => ({
			number: f.data.number,
			title: f.data.title,
			cluster: f.data.cluster.id,
			href: factorHref(f.id),
			teacher: f.data.teacher,
			levels: [...f.data.levels],
		})),
		clusters: clusters.map(({ cluster, factors: inCluster }) => ({
			id: cluster.id,
			title: cluster.data.title,
			factors: inCluster.map((f) => f.data.number),
		})),
		tools: (await getTools()).map((tool) => ({
			id: tool.id,
			title: tool.data.title,
			href: pageHref(tool.id),
			factors: tool.data.factors
				.filter((f) => f.applies)
				.map((f) => numberOf(f.factor.id))
				.sort((a, b) => a - b),
		})),
		activities: (await getActivities()).map((activity) => ({
			id: activity.id,
			title: activity.data.title,
			href: activityHref(activity.id),
			factors: activity.data.factors.map((f) => numberOf(f.factor.id)).sort((a, b) => a - b),
		})),
	};
}
