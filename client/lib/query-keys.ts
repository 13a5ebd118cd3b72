import type { ApplicationListQuery } from '@contract/applications.ts';
import type { ServiceListQuery } from '@contract/services.ts';

/**
 * Query key factories, one per resource (all → lists → list(query) → details → detail(id)).
 * They live in lib/ because live events invalidate across features; features import them, never
 * each other. Invalidate by prefix (`serviceKeys.lists()`), never patch list caches by hand.
 */

export const healthKeys = {
  all: ['health'] as const,
};

export const serviceKeys = {
  all: ['services'] as const,
  lists: () => [...serviceKeys.all, 'list'] as const,
  list: (query: ServiceListQuery) => [...serviceKeys.lists(), query] as const,
  details: () => [...serviceKeys.all, 'detail'] as const,
  detail: (key: string) => [...serviceKeys.details(), key] as const,
};

export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (query: ApplicationListQuery) => [...applicationKeys.lists(), query] as const,
  details: () => [...applicationKeys.all, 'detail'] as const,
  detail: (name: string) => [...applicationKeys.details(), name] as const,
};

export const warningKeys = {
  all: ['warnings'] as const,
  list: () => [...warningKeys.all, 'list'] as const,
};
