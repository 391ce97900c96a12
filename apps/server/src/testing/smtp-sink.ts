/**
 * A real SMTP server on a free loopback port that keeps what it receives, for tests
 * of mail delivery (nodemailer → SMTP → here). It can be told to refuse mail.
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The Message-ID header, angle brackets included. */
  messageId: string;
  headers: Map<string, unknown>;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** While true, every message is refused with `refuseCode`. */
  refuse: boolean;
  /** 451 (temporary failure, the default) or a 5xx (permanent). */
  refuseCode: number;
  /** Milliseconds to hold the answer to each message after receiving (and recording) it: a slow server. */
  delayMs: number;
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const sink = { refuse: false, refuseCode: 451, delayMs: 0 } as SmtpSink;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (sink.refuse) {
          const error = Object.assign(new Error(sink.refuseCode >= 500 ? 'Mailbox unavailable' : 'Try again later'), {
            responseCode: sink.refuseCode,
          });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              headers: parsed.headers,
            });
            if (sink.delayMs > 0) setTimeout(() => callback(), sink.delayMs);
            else callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = received.find(predicate);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(
        `no matching mail within ${timeoutMs} ms; received: ${received.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ') || 'nothing'}`,
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
