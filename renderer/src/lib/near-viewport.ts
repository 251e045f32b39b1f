/**
 * A Svelte action that calls `onNear` once, when the element comes within `margin` pixels of the
 * viewport: long result lists render each entry only when the reader gets close to it.
 */
export function nearViewport(node: HTMLElement, options: { onNear: () => void; margin?: number }) {
  if (typeof IntersectionObserver === 'undefined') {
    options.onNear();
    return {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        options.onNear();
      }
    },
    { rootMargin: `${options.margin ?? 600}px 0px` },
  );
  observer.observe(node);
  return { destroy: () => observer.disconnect() };
}
