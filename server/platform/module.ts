// What a domain module hands the app: its routes, plus any jobs and file owners it registers.
import type { ZodApp } from './http/types.js';
import type { Platform } from './platform.js';

export interface AppModule {
  name: string;
  register(app: ZodApp, platform: Platform): void | Promise<void>;
}
