/**
 * Mail: MJML templates compiled once into a fast renderer, the .ics event of a
 * deadline, threading headers, and the transports (outbox by default, SMTP in
 * production) with delivery failures sorted into permanent and transient.
 */
export type { MailContext, MailKind, MailLine, RenderedMail } from './types.js';
export { MAIL_KINDS } from './types.js';
export { createRenderer, type Renderer, type RendererOptions } from './renderer.js';
export type { MailTransport, SendResult } from './transport.js';
export { createOutboxTransport } from './outbox-transport.js';
export { createSmtpTransport, smtpThreadCount, type SmtpOptions, type SmtpThreads, type SmtpTransport } from './smtp-transport.js';
export { DeliveryError } from './delivery-error.js';
export { InvalidMailError } from './invalid-mail-error.js';
export { TemplateError } from './template-error.js';
export { plural, ruPlural, countOf, pluralIndex, WORKING_DAYS, DAYS, ASSIGNMENTS, EXECUTORS, type PluralForms } from './plural.js';
export { messageIdOf, safeId } from './message-id.js';
