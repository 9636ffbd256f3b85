import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { endSession, readSession } from './session';

/**
 * The GraphQL client of the site: requests go to `/graphql` on the same origin with the session's token as a Bearer
 * header. When the API answers UNAUTHENTICATED (the token expired, was revoked, or the account was disabled), the
 * session ends and `onSignedOut` takes the reader to the sign-in page, which says why.
 */
export function createClient(onSignedOut: () => void): ApolloClient {
  const auth = new SetContextLink((context) => {
    const session = readSession();
    return session ? { headers: { ...context.headers, authorization: `Bearer ${session.token}` } } : {};
  });
  const signedOut = new ErrorLink(({ error, operation }) => {
    const unauthenticated = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && operation.operationName !== 'SignIn') {
      endSession('expired');
      onSignedOut();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([signedOut, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
