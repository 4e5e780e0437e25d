/**
 * Plain HTTP for files Teams hands the bot: the user's upload (a pre-authenticated downloadUrl in
 * a file.download.info attachment) and the bot's upload into the user's OneDrive after they accept
 * a file consent card (uploadInfo.uploadUrl). Neither needs a token; both are size-bounded.
 */
export function fileDownloader(opts: { httpsOnly: boolean; timeoutMs?: number }): (url: string, maxBytes: number) => Promise<Buffer | 'too_large' | 'failed'> {
  return async (url, maxBytes) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return 'failed';
    }
    if (parsed.protocol !== 'https:' && (opts.httpsOnly || parsed.protocol !== 'http:')) return 'failed';
    try {
      const res = await fetch(parsed, { signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
      if (!res.ok || !res.body) return 'failed';
      if (Number(res.headers.get('content-length') ?? 0) > maxBytes) return 'too_large';
      const reader = res.body.getReader();
      const chunks: Buffer[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > maxBytes) {
          await reader.cancel();
          return 'too_large';
        }
        chunks.push(Buffer.from(value));
      }
      return Buffer.concat(chunks);
    } catch {
      return 'failed';
    }
  };
}

/** PUTs the whole file to a OneDrive upload session URL, as Teams' file consent flow expects. */
export async function uploadToSession(uploadUrl: string, bytes: Buffer): Promise<boolean> {
  try {
    const res = await fetch(uploadUrl, {
      method: 'PUT',
      headers: { 'content-length': String(bytes.length), 'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      body: new Uint8Array(bytes),
      signal: AbortSignal.timeout(60_000),
    });
    return res.ok;
  } catch {
    return false;
  }
}
