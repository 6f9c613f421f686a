import type { MailMessage } from '../../platform/mail/index.ts';

/**
 * Mail the trustmark module sends, in English and Vietnamese in one message: the operator serves merchants in
 * both, and a merchant's preferred language is not recorded yet.
 */
export function renewalReminderMail(
  to: string,
  domain: string,
  validUntil: string,
  publicUrl: string,
): MailMessage {
  const link = `${publicUrl}/console/trustmarks`;
  return {
    to,
    subject: `Renew the trustmark of ${domain} / Gia hạn nhãn tín nhiệm của ${domain}`,
    text: [
      `The trustmark certificate of ${domain} ends on ${validUntil}.`,
      `Renew it before then to keep the seal on your website: ${link}`,
      '',
      `Chứng nhận nhãn tín nhiệm của ${domain} hết hạn vào ngày ${validUntil}.`,
      `Hãy gia hạn trước ngày đó để giữ nhãn trên website của bạn: ${link}`,
    ].join('\n'),
  };
}
