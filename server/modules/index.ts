// Every domain module, in the order they are registered.
import type { AppModule } from '../platform/module.js';
import { accountsModule } from './accounts/index.js';
import { meetingsModule } from './meetings/index.js';
import { membersModule } from './members/index.js';
import { orgsModule } from './orgs/index.js';
import { proposalsModule } from './proposals/index.js';
import { studyModule } from './study/index.js';
import { opinionsModule } from './opinions/index.js';
import { supervisionModule } from './supervision/index.js';
import { workplanModule } from './workplan/index.js';
import { consultationsModule } from './consultations/index.js';

export const modules: AppModule[] = [
  orgsModule,
  proposalsModule,
  accountsModule,
  membersModule,
  meetingsModule,
  studyModule,
  opinionsModule,
  supervisionModule,
  workplanModule,
  consultationsModule,
];
