import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, MAIL_OFF, type AppConfig, type MailConfig } from '../config/app-config.js';
import { createMailTransport, type MailMessage, type MailTransport } from './mail-transport.js';

/**
 * The service's e-mail (issue 16): the transport the settings name (`AppConfig.mail`), made once per process. Without
 * one, `enabled` is false: notifications stay in the app, and a password reset by e-mail is refused (the sign-in page
 * then sends people to the officer for a new letter).
 */
@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  readonly config: MailConfig;
  private readonly transport: MailTransport | null;

  constructor(@Inject(APP_CONFIG) appConfig: AppConfig) {
    this.config = appConfig.mail ?? MAIL_OFF;
    this.transport = createMailTransport(this.config);
  }

  /** Whether this service sends e-mail at all. */
  get enabled(): boolean {
    return this.transport !== null;
  }

  onApplicationBootstrap(): void {
    this.logger.log(this.transport ? `e-mail goes to ${this.transport.description}; links start with ${this.config.publicUrl}` : 'e-mail is off (set SMTP_URL, or MAIL_DIR for files): notifications stay in the app');
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Sends one mail; rejects with the transport's reason (or when e-mail is off). */
  async send(message: MailMessage): Promise<void> {
    if (!this.transport) throw new Error('e-mail is off');
    await this.transport.send(message);
  }
}
