import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const MUNICIPALITY_NAMES = graphql(`
  query MunicipalityNames {
    municipalities { code name }
  }
`);

/**
 * A municipality's name by CBS code, for the officer's pages that list codes (reviews, comparisons, proposals, a
 * household's ties). The names are one query of their own, read once and then from Apollo's cache: a page's own
 * query, sent again with every filter or page, no longer carries the 342 names each time. Until they arrive (and for
 * a code the list lacks) the code itself is shown.
 */
export function useMunicipalityNames(): (code: string) => string {
  const { data } = useQuery(MUNICIPALITY_NAMES);
  const names = useMemo(() => new Map((data?.municipalities ?? []).map((m) => [m.code, m.name])), [data]);
  return (code) => names.get(code) ?? code;
}

/** Every municipality (code and name) in CBS's order, from the same cached query; empty until it arrives. */
export function useMunicipalityList(): readonly { readonly code: string; readonly name: string }[] {
  const { data } = useQuery(MUNICIPALITY_NAMES);
  return data?.municipalities ?? [];
}
