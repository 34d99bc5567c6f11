// Value lists of the handling screens, in display order; valuesOf checks each against the
// enum the server's OpenAPI document declares.
import { valuesOf, type Contacted, type ContactWay, type Rating } from '../../../api/models';

export const RATINGS = valuesOf<Rating>()(['satisfied', 'basic', 'unsatisfied']);
export const CONTACT_WAYS = valuesOf<ContactWay>()(['visit', 'phone', 'meeting', 'other']);
export const CONTACTED = valuesOf<Contacted>()(['visited', 'phone', 'none']);
