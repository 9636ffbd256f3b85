import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { WaitingListModule } from '../waiting-list/waiting-list.module.js';
import { ViewsResolver } from './views.resolver.js';
import { MunicipalityViewListsResolver } from './municipality-view-lists.resolver.js';
import { ViewsService } from './views.service.js';

@Module({ imports: [MunicipalitiesModule, WaitingListModule], providers: [ViewsResolver, MunicipalityViewListsResolver, ViewsService] })
export class ViewsModule {}
