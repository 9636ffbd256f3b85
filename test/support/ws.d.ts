/**
 * The `ws` package (8.x) as the tests use it: its WebSocket client class, handed to graphql-ws's `createClient` as
 * `webSocketImpl` (typed `unknown` there). `ws` ships no types and @types/ws is not a dependency.
 */
declare module 'ws' {
  const WebSocket: unknown;
  export default WebSocket;
}
