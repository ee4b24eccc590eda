import compress from 'koa-compress';
import { constants } from 'node:zlib';

/**
 * Compresses pages, scripts, styles and API answers (brotli, else gzip) for citizens on slow mobile links: the home
 * page goes from ≈ 14 KB to ≈ 3 KB. Brotli at quality 5 costs about what gzip does; images and files are already
 * compressed, and tiny bodies are not worth it. In production nginx may do this instead (deploy/ docs).
 */
export default () =>
  compress({
    threshold: 1024,
    br: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    gzip: { level: 6 },
    deflate: false,
  });
