/**
 * A local mail server for tests (issue 16: "a local catcher for development and tests, since these machines have no
 * outside network"): smtp-server accepts every mail on 127.0.0.1 and mailparser reads it, so a test sees what a
 * person's mailbox would get — subject, text, HTML, language — decoded. It can refuse the mails to one address a
 * number of times (451, "try again later"), as a mail server that is down would.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface CaughtMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly language: string | null;
}

export interface MailCatcher {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL` / `MailConfig.transport`. */
  readonly url: string;
  /** Every mail accepted so far, in order. */
  readonly mails: readonly CaughtMail[];
  /** The mails accepted for `address`. */
  to(address: string): CaughtMail[];
  /** Refuses the next `times` mails to `address` (451). */
  refuse(address: string, times: number): void;
  /** Waits until `count` mails reached `address` (at most `timeoutMs`), then gives them. */
  waitFor(address: string, count: number, timeoutMs?: number): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

function firstAddress(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address?.toLowerCase() ?? '';
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const refusals = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const left = refusals.get(address.address.toLowerCase()) ?? 0;
      if (left > 0) {
        refusals.set(address.address.toLowerCase(), left - 1);
        return callback(Object.assign(new Error('mailbox busy, try again later'), { responseCode: 451 }));
      }
      return callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const language = mail.headers.get('content-language');
          mails.push({ to: firstAddress(mail), subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', language: typeof language === 'string' ? language : null });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const to = (address: string) => mails.filter((m) => m.to === address.toLowerCase());
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    to,
    refuse: (address, times) => void refusals.set(address.toLowerCase(), times),
    async waitFor(address, count, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (to(address).length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
      return to(address);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
