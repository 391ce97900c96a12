export const programKeys = {
  all: ['programs'] as const,
  one: (programId: string) => ['programs', programId] as const,
};
