import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';

/**
 * Paths that never get the web app's `index.html`: the API's own (GraphQL, health, metrics) and the build's files
 * (`/assets/…`: one that does not exist answers 404, not a page). Every other GET is a page of the site, whose
 * router shows it. Express 5 route syntax (path-to-regexp 8).
 */
export const NOT_PAGES = ['/graphql', '/graphql/{*rest}', '/health/{*rest}', '/metrics', '/assets/{*rest}'];

/**
 * Content-Security-Policy of the site: scripts, styles, fonts and images only from this origin (the build has no
 * inline script or style element), GraphQL over HTTP and WebSocket to this origin, no framing, no plug-ins.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers of every file of the site: the policy above, no MIME sniffing, no referrer (a page's address never leaves
 * the site). Files under `assets/` carry a content hash in their name (Vite) and are cached for a year; `index.html`
 * is revalidated on every load, so a new build is picked up at once.
 */
export function setWebHeaders(res: ServerResponse, path: string): void {
  res.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * The web app (apps/web, built into `webDir`) served by the API process at `/`, beside `/graphql`, so that one
 * process and one port give the site and its API (issue 12). Without `webDir` (tests of the API) the module adds
 * nothing; without a build in it (`index.html` missing) it adds nothing and logs how to build it.
 */
@Module({})
export class WebModule {
  static forRoot(webDir: string | undefined): DynamicModule {
    if (!webDir) return { module: WebModule };
    if (!existsSync(join(webDir, 'index.html'))) {
      new Logger('Web').warn(`no web app in ${webDir}: run \`npm run build:web\` to serve the site at /`);
      return { module: WebModule };
    }
    return {
      module: WebModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: webDir,
          exclude: NOT_PAGES,
          serveStaticOptions: { index: false, setHeaders: setWebHeaders },
        }),
      ],
    };
  }
}
