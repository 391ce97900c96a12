import { forwardRef } from 'react';
import { Link as DsLink, type LinkProps as DsLinkProps } from '@digdir/designsystemet-react';
import { createLink } from '@tanstack/react-router';

const DsAnchor = forwardRef<HTMLAnchorElement, DsLinkProps>(function DsAnchor(props, ref) {
  return <DsLink ref={ref} {...props} />;
});

/** A router link styled as a Designsystemet link (typed `to`, `params`, `search`). */
export const AppLink = createLink(DsAnchor);
