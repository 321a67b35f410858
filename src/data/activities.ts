import { getCollection, type CollectionEntry } from 'astro:content';

export type Activity = CollectionEntry<'activities'>;

/** The URL of an activity: its section on the activities page. */
export const activityHref = (activityId: string) => `/ouderactiviteiten/#${activityId}`;

/** The minimal set of parent activities, in the source's order. */
export async function getActivities(): Promise<Activity[]> {
	return (await getCollection('activities')).sort((a, b) => a.data.order - b.data.order);
}

/** One activity as the toolbox links it to a factor (its own link, not the source's). */
interface FactorActivityView {
	activity: Activity;
	how: string;
}

/**
 * The whole minimal set for a factor page: the activities the toolbox links to this factor (with
 * the sentence on how) and the rest of the set, both in the source's order.
 */
export async function getActivitiesForFactor(
	factorId: string,
): Promise<{ linked: FactorActivityView[]; others: Activity[] }> {
	const linked: FactorActivityView[] = [];
	const others: Activity[] = [];
	for (const activity of await getActivities()) {
		const link = activity.data.factors.find((f) => f.factor.id === factorId);
		if (link) linked.push({ activity, how: link.how });
		else others.push(activity);
	}
	return { linked, others };
}
