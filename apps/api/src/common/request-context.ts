/**
 * What resolvers read of the GraphQL context besides the viewer: the HTTP request's headers (none over a WebSocket,
 * where a subscription's context has no request). One definition for every resolver that takes a language from
 * `Accept-Language`.
 */
export interface RequestContext {
  readonly req?: { readonly headers?: Readonly<Record<string, string | string[] | undefined>> };
}

/** The request's `Accept-Language` header, or undefined (no request, no header, or a repeated header). */
export function acceptLanguage(context: RequestContext): string | undefined {
  const value = context.req?.headers?.['accept-language'];
  return typeof value === 'string' ? value : undefined;
}
