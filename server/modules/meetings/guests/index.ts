// A meeting's guests (嘉宾): experts, grassroots and units' representatives, the public.
import type { ZodApp } from '../../../platform/http/types.js';
import { guestRoutes } from './guests.routes.js';
import { createGuestService, type GuestDeps } from './guests.service.js';

export function registerGuests(app: ZodApp, deps: GuestDeps): void {
  guestRoutes(app, createGuestService(deps));
}
