import type { RouteLocationRaw } from 'vue-router';
import type { Me } from '../../../api/types';
import type { PermissionRequirement } from '../../../stores/auth';

/** What a card may look at to decide whether it shows and what it counts. */
export interface HomeCardContext {
  me: Me;
  can(permission: PermissionRequirement): boolean;
}

/** A counter on the home page; `capped` when the server stopped counting at `total`. */
export interface HomeFigure {
  total: number;
  capped?: boolean;
}

/**
 * One counter of the home page, contributed by its domain. The figure and the link come from the
 * same filters, so the list a click opens shows exactly the rows the figure counts.
 */
export interface HomeCard {
  /** Unique; the title is `home.cards.<id>`, the test ids `home-card-<id>`, `home-count-<id>`. */
  id: string;
  order: number;
  /** The route the card leads to: when the app has no such route (module not shipped) the card does not show. */
  route: string;
  permission: PermissionRequirement;
  /** A further condition, e.g. only for people who see more than their own records. */
  when?(ctx: HomeCardContext): boolean;
  count(ctx: HomeCardContext): Promise<HomeFigure>;
  to(ctx: HomeCardContext): RouteLocationRaw;
}

const cards = new Map<string, HomeCard>();

/** Domains register their cards once, at import (see ./index.ts). */
export function registerHomeCards(...list: HomeCard[]): void {
  for (const card of list) cards.set(card.id, card);
}

/** The cards this user gets, in order: the module is present, the permission held, the condition met. */
export function homeCardsFor(ctx: HomeCardContext, hasRoute: (name: string) => boolean): HomeCard[] {
  return [...cards.values()]
    .filter((card) => hasRoute(card.route) && ctx.can(card.permission) && (card.when?.(ctx) ?? true))
    .sort((a, b) => a.order - b.order);
}

/** Sees more than their own records: a manager, reviewer or executive gets the team's figures too. */
export function seesBeyondSelf(ctx: HomeCardContext): boolean {
  return ctx.me.dataScope !== 'SELF';
}
