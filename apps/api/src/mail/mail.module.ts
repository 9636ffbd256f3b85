import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { MailDispatchService } from './mail-dispatch.service.js';

/** E-mail (issue 16): the transport (MailService, for every module) and the dispatcher of the notifications outbox. */
@Global()
@Module({ providers: [MailService, MailDispatchService], exports: [MailService] })
export class MailModule {}
