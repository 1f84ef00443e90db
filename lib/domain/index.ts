export * from './enums';
export * from './model';
export * from './network';
