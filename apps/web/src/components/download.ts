/** A file the API made for download (e.g. `CsvFile`): name, media type and text. */
export interface DownloadableFile {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/**
 * Saves `file` through the browser's download (a temporary object URL on a link with `download`; no page change, no
 * server round trip, allowed by the site's Content-Security-Policy since nothing is loaded into the page).
 */
export function download(file: DownloadableFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the click has handed the file to the browser; the URL is no longer needed
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
