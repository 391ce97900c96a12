export * from './schemas/common';
export * from './schemas/organisations';
export * from './schemas/people';
export * from './schemas/me';
export * from './schemas/outbox';
export * from './i18n/index';
export * from './programs/index';
