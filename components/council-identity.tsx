import type { EnglandCouncil } from '@/lib/register/schema';
import { councilIdentity } from '@/lib/view/council-facts';

/** "A London borough in London. ONS code E09000015.": what and where a council is, its kind and region linking to their lists. */
export function CouncilIdentity({ england }: { england: EnglandCouncil }) {
  const identity = councilIdentity(england);
  return (
    <p className="page-caption council-identity">
      A <a href={identity.kindPath}>{identity.kind}</a> in {identity.article}<a href={identity.regionPath}>{identity.region}</a>.
      {' '}ONS code <span className="council-identity__code">{identity.gssCode}</span>.
    </p>
  );
}
