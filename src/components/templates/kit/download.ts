/** Saving a file the page made (a backup, a Word or Excel file) to the user's computer. Nothing is uploaded. */
export function downloadFile(
	content: string | Uint8Array<ArrayBuffer> | Blob,
	fileName: string,
	type: string,
): void {
	const blob = content instanceof Blob ? content : new Blob([content], { type });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser time to start the download before the address is released.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
