// The party group's monthly learning exchange (党组学习交流): the office's attendees, each
// attendee's account per month written on his phone, and who has not yet written.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { createExchangeRepo } from './exchange.repo.js';
import { exchangeRoutes } from './exchange.routes.js';
import { createExchangeService } from './exchange.service.js';

export function registerExchange(app: ZodApp, platform: Platform): void {
  exchangeRoutes(app, createExchangeService({ ...platform, exchange: createExchangeRepo() }));
}
