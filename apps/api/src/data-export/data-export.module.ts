import { Module } from '@nestjs/common';
import { WaitingListModule } from '../waiting-list/waiting-list.module.js';
import { DataExportResolver } from './data-export.resolver.js';
import { DataExportService } from './data-export.service.js';

/** A household's data export (issue 16, the data subject's right of access). */
@Module({ imports: [WaitingListModule], providers: [DataExportResolver, DataExportService] })
export class DataExportModule {}
