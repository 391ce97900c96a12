export const programKeys = {
  all: ['programs'] as const,
  /** Every page of the program list (a prefix: invalidating it refreshes them all). */
  lists: ['programs', 'list'] as const,
  list: (params: object) => ['programs', 'list', params] as const,
  one: (programId: string) => ['programs', programId] as const,
};
