// @ts-check
// For a blog page that embeds gigcheck in an iframe (README, "Embedding"):
// sizes each <iframe data-gigcheck> to the height its page reports. It reads
// only that number, and only from the frame's own origin and window.
addEventListener('message', (event) => {
  const height = event.data?.gigcheckHeight;
  if (!Number.isFinite(height) || height <= 0 || height > 100000) return;
  for (const frame of /** @type {NodeListOf<HTMLIFrameElement>} */ (document.querySelectorAll('iframe[data-gigcheck]'))) {
    if (frame.contentWindow !== event.source || new URL(frame.src, location.href).origin !== event.origin) continue;
    frame.style.height = `${height}px`;
  }
});
