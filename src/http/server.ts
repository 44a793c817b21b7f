// The service's HTTP server: health check, the Telegram webhook, and whatever routes a mode adds (the sandbox page).
import http from 'node:http';
import type { Logger } from '../logger';

export type RouteHandler = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
) => Promise<void> | void;

export interface Route {
  method: string;
  /** Exact path, or a prefix when it ends with '/'. */
  path: string;
  handler: RouteHandler;
}

export type HealthCheck = () => Promise<Record<string, 'ok' | string>>;

export interface HttpServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

function matches(route: Route, method: string, pathname: string): boolean {
  if (route.method !== method && !(route.method === 'GET' && method === 'HEAD')) return false;
  return route.path.endsWith('/') ? pathname.startsWith(route.path) : pathname === route.path;
}

export async function startHttpServer(options: {
  host: string;
  port: number;
  routes: Route[];
  health: HealthCheck;
  logger: Logger;
}): Promise<HttpServer> {
  const routes: Route[] = [
    {
      method: 'GET',
      path: '/healthz',
      handler: async (_request, response) => {
        const checks = await options.health().catch((error: unknown) => ({ service: String(error) }));
        const healthy = Object.values(checks).every((value) => value === 'ok');
        response.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ status: healthy ? 'ok' : 'unhealthy', checks }));
      },
    },
    ...options.routes,
  ];
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((candidate) => matches(candidate, request.method ?? 'GET', pathname));
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    Promise.resolve(route.handler(request, response)).catch((error: unknown) => {
      options.logger.error({ err: error, path: pathname }, 'http handler failed');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://${options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Long-polling browsers (sandbox page) would otherwise hold the close open.
        server.closeIdleConnections();
      }),
  };
}
