/**
 * Word documents (.docx, Office Open XML) that schools open, edit and print: the information card,
 * letters, the quality card. Written without a Word library, which keeps the download small; the
 * document is built from a few kinds of blocks (headings, paragraphs, lists, tables, images, page
 * breaks), with real Word styles so a school can restyle it, and right-to-left paragraphs for Arabic.
 *
 * All text is escaped: what a user typed can never become markup in the document.
 */
import { escapeXml } from '../files/xml';
import { writeZip } from '../files/zip';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A piece of text with its looks. Line breaks (`\n`) become line breaks in Word. */
export type Run =
	string | { text: string; bold?: boolean; italic?: boolean; size?: number; color?: string };

/** Options every text block can have. */
interface TextOptions {
	/** Right-to-left paragraph (Arabic, Hebrew). */
	rtl?: boolean;
	/** Language of the text (BCP 47, e.g. `ar`, `tr`), for spelling and hyphenation; default the document's. */
	lang?: string;
	align?: 'start' | 'center' | 'end';
}

export type Block =
	| ({ type: 'heading'; level: 1 | 2 | 3; text: string } & TextOptions)
	| ({ type: 'title'; text: string } & TextOptions)
	| ({ type: 'paragraph'; runs: Run[]; small?: boolean; keepWithNext?: boolean } & TextOptions)
	| ({ type: 'list'; items: Run[][]; ordered?: boolean } & TextOptions)
	| ({ type: 'table'; rows: Run[][][]; header?: boolean; widths?: number[] } & TextOptions)
	| {
			type: 'image';
			data: Uint8Array;
			format: 'png' | 'jpeg';
			widthMm: number;
			heightMm: number;
			description: string;
			align?: 'start' | 'center' | 'end';
	  }
	| { type: 'pageBreak' };

interface DocumentOptions {
	title: string;
	/** Page size; A4 portrait unless said otherwise. */
	page?: { size?: 'A4' | 'A5'; landscape?: boolean; marginMm?: number };
	/** Main language of the document; default `nl-NL`. */
	lang?: string;
	/** Document properties date; fixed in tests and build-time files. */
	created?: Date;
}

const NS = {
	w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
	r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
	wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
	a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
	pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
};

/** Twentieths of a point per millimetre, and EMU per millimetre (the units Word measures in). */
const TWIPS_PER_MM = 1440 / 25.4;
const EMU_PER_MM = 36_000;

const PAGE_SIZES = { A4: { width: 210, height: 297 }, A5: { width: 148, height: 210 } };

function runXml(run: Run, options: TextOptions): string {
	const { text, bold, italic, size, color } = typeof run === 'string' ? { text: run } : run;
	const props = [
		bold ? '<w:b/><w:bCs/>' : '',
		italic ? '<w:i/><w:iCs/>' : '',
		color ? `<w:color w:val="${color.replace(/[^0-9A-Fa-f]/g, '').slice(0, 6)}"/>` : '',
		size ? `<w:sz w:val="${Math.round(size * 2)}"/><w:szCs w:val="${Math.round(size * 2)}"/>` : '',
		options.rtl ? '<w:rtl/>' : '',
		options.lang
			? `<w:lang w:val="${escapeXml(options.lang)}" w:bidi="${options.rtl ? escapeXml(options.lang) : 'ar-SA'}"/>`
			: '',
	].join('');
	const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const content = lines
		.map((line, i) => `${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
		.join('');
	return `<w:r>${rPr}${content}</w:r>`;
}

function paragraphProps(options: TextOptions, extra = ''): string {
	const jc =
		options.align === 'center'
			? 'center'
			: options.align === 'end'
				? options.rtl
					? 'left'
					: 'right'
				: '';
	const props = `${extra}${options.rtl ? '<w:bidi/>' : ''}${jc ? `<w:jc w:val="${jc}"/>` : ''}`;
	return props ? `<w:pPr>${props}</w:pPr>` : '';
}

function paragraphXml(runs: Run[], options: TextOptions, extra = ''): string {
	return `<w:p>${paragraphProps(options, extra)}${runs.map((run) => runXml(run, options)).join('')}</w:p>`;
}

interface Context {
	images: { id: string; file: string; data: Uint8Array }[];
	/** One numbering instance per list, so each numbered list starts at 1. */
	lists: { id: number; ordered: boolean }[];
	textWidthTwips: number;
}

function blockXml(block: Block, context: Context): string {
	switch (block.type) {
		case 'title':
			return paragraphXml([block.text], block, '<w:pStyle w:val="Title"/>');
		case 'heading':
			return paragraphXml([block.text], block, `<w:pStyle w:val="Heading${block.level}"/>`);
		case 'paragraph':
			return paragraphXml(
				block.runs,
				block,
				`${block.small ? '<w:pStyle w:val="Klein"/>' : ''}${block.keepWithNext ? '<w:keepNext/>' : ''}`,
			);
		case 'list': {
			const id = context.lists.length + 1;
			context.lists.push({ id, ordered: !!block.ordered });
			return block.items
				.map((item) =>
					paragraphXml(
						item,
						block,
						`<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr>`,
					),
				)
				.join('');
		}
		case 'table': {
			const columns = Math.max(1, ...block.rows.map((row) => row.length));
			const weights = Array.from({ length: columns }, (_, i) => block.widths?.[i] ?? 1);
			const total = weights.reduce((sum, w) => sum + w, 0);
			const widths = weights.map((w) => Math.floor((context.textWidthTwips * w) / total));
			const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
			const rows = block.rows
				.map((row, r) => {
					const isHeader = !!block.header && r === 0;
					const cells = widths
						.map((width, c) => {
							const runs = (row[c] ?? []).map((run) =>
								isHeader && typeof run === 'string' ? { text: run, bold: true } : run,
							);
							return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphXml(runs, block, '<w:spacing w:after="0"/>')}</w:tc>`;
						})
						.join('');
					return `<w:tr>${isHeader ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}${cells}</w:tr>`;
				})
				.join('');
			return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>${block.rtl ? '<w:bidiVisual/>' : ''}<w:tblW w:w="${context.textWidthTwips}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>${grid}${rows}</w:tbl>`;
		}
		case 'image': {
			const n = context.images.length + 1;
			const id = `rIdImage${n}`;
			const file = `image${n}.${block.format === 'png' ? 'png' : 'jpeg'}`;
			context.images.push({ id, file, data: block.data });
			const cx = Math.round(block.widthMm * EMU_PER_MM);
			const cy = Math.round(block.heightMm * EMU_PER_MM);
			const drawing = `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${n}" name="Afbeelding ${n}" descr="${escapeXml(block.description)}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="${NS.pic}"><pic:pic><pic:nvPicPr><pic:cNvPr id="${n}" name="${file}" descr="${escapeXml(block.description)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`;
			return `<w:p>${paragraphProps({ align: block.align })}<w:r>${drawing}</w:r></w:p>`;
		}
		case 'pageBreak':
			return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
	}
}

function stylesXml(lang: string): string {
	const heading = (level: number, size: number, before: number) =>
		`<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="80"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${NS.w}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${escapeXml(lang)}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
${heading(1, 30, 240)}${heading(2, 26, 200)}${heading(3, 23, 160)}
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Klein"><w:name w:val="Klein"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
}

function numberingXml(lists: Context['lists']): string {
	const abstract = (id: number, ordered: boolean) =>
		`<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${ordered ? 'decimal' : 'bullet'}"/><w:lvlText w:val="${ordered ? '%1.' : '•'}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>${ordered ? '' : '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr>'}</w:lvl></w:abstractNum>`;
	const nums = lists
		.map(
			(list) =>
				`<w:num w:numId="${list.id}"><w:abstractNumId w:val="${list.ordered ? 1 : 0}"/>${list.ordered ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ''}</w:num>`,
		)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${NS.w}">${abstract(0, false)}${abstract(1, true)}${nums}</w:numbering>`;
}

/** The document as the bytes of a .docx file. */
export function writeDocx(
	blocks: readonly Block[],
	options: DocumentOptions,
): Uint8Array<ArrayBuffer> {
	const lang = options.lang ?? 'nl-NL';
	const size = PAGE_SIZES[options.page?.size ?? 'A4'];
	const landscape = !!options.page?.landscape;
	const widthMm = landscape ? size.height : size.width;
	const heightMm = landscape ? size.width : size.height;
	const marginMm = options.page?.marginMm ?? (options.page?.size === 'A5' ? 15 : 20);
	const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
	const context: Context = { images: [], lists: [], textWidthTwips: twips(widthMm - 2 * marginMm) };

	const bodyBlocks = blocks.map((block) => blockXml(block, context));
	// Word expects the body to end with a paragraph, not a table.
	if (blocks.at(-1)?.type === 'table' || blocks.length === 0) bodyBlocks.push('<w:p/>');
	const sectPr = `<w:sectPr><w:pgSz w:w="${twips(widthMm)}" w:h="${twips(heightMm)}"${landscape ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="${twips(marginMm)}" w:right="${twips(marginMm)}" w:bottom="${twips(marginMm)}" w:left="${twips(marginMm)}" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>`;
	const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}"><w:body>${bodyBlocks.join('')}${sectPr}</w:body></w:document>`;

	const created = (options.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
	const imageTypes = new Set(
		context.images.map((image) => (image.file.endsWith('.png') ? 'png' : 'jpeg')),
	);
	const files: Record<string, string | Uint8Array> = {
		'[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${imageTypes.has('png') ? '<Default Extension="png" ContentType="image/png"/>' : ''}${imageTypes.has('jpeg') ? '<Default Extension="jpeg" ContentType="image/jpeg"/>' : ''}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
		'_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
		'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(options.title)}</dc:title><dc:creator>Gereedschapskist Ouderbetrokkenheid</dc:creator><dc:language>${escapeXml(lang)}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
		'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Gereedschapskist Ouderbetrokkenheid</Application></Properties>`,
		'word/document.xml': document,
		'word/styles.xml': stylesXml(lang),
		'word/numbering.xml': numberingXml(context.lists),
		'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="${NS.w}"><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/><w:themeFontLang w:val="${escapeXml(lang)}" w:bidi="ar-SA"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
		'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>${context.images.map((image) => `<Relationship Id="${image.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${image.file}"/>`).join('')}</Relationships>`,
	};
	for (const image of context.images) files[`word/media/${image.file}`] = image.data;
	return writeZip(files);
}

/** The plain text of a .docx's main document, paragraph by paragraph: for tests and previews. */
export function docxText(documentXml: string): string[] {
	return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((match) =>
		[...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)]
			.map((t) => (t[0] === '<w:br/>' ? '\n' : t[1]!))
			.join('')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&'),
	);
}
