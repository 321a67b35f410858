import { getToolFactors, getTools, type ToolEntry } from './tools';

/** One tool as it serves one factor: the sentence from the tool's own frontmatter. */
interface FactorToolView {
	tool: ToolEntry;
	how: string;
}

/**
 * The tools that serve a factor, read from the tools' frontmatter (the only place where that
 * mapping is written down). Factor pages, the matrix and recommendations all ask this function.
 */
export async function getToolsServingFactor(factorId: string): Promise<FactorToolView[]> {
	const result: FactorToolView[] = [];
	for (const tool of await getTools()) {
		const view = (await getToolFactors(tool.data)).find((v) => v.factor.id === factorId);
		if (view?.applies) result.push({ tool, how: view.how });
	}
	return result;
}
