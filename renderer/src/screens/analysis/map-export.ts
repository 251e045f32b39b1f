/** The map picture handed to the user as a file: the SVG as drawn, or a PNG painted from it at twice its size. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveSvg(name: string, svg: string): void {
  saveBlob(name, new Blob([svg], { type: 'image/svg+xml' }));
}

/** Paints the SVG on a canvas (2× for print) and saves it as PNG. */
export async function savePng(name: string, svg: string, width: number, height: number): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png'),
    );
    saveBlob(name, png);
  } finally {
    URL.revokeObjectURL(url);
  }
}
