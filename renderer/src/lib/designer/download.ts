/** Hands bytes from the core to the browser as a file download (an XLSForm workbook). */
export function downloadFile(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the browser keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
