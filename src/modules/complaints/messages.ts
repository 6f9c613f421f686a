/**
 * What the complaints module tells people, by mail and in the inbox, in English and Vietnamese. A consumer gets
 * their own language when we have a catalogue for it (English otherwise); a merchant gets both languages.
 */
import type { MailMessage } from '../../platform/mail/index.ts';

export type NoticeKind =
  | 'confirm'
  | 'received'
  | 'forwarding'
  | 'to_forward'
  | 'merchant_new'
  | 'message'
  | 'settlement_proposed'
  | 'mediation'
  | 'outcome'
  | 'compliance_check'
  | 'closed';

export interface NoticeParams {
  trackingNumber: string;
  link: string;
  merchant?: string;
  due?: string;
  economy?: string;
  operator?: string;
  from?: string;
  outcome?: string;
  reason?: string;
  category?: string;
}

type Lang = 'en' | 'vi';
type Template = { subject: (p: NoticeParams) => string; text: (p: NoticeParams) => string };

const OUTCOME_WORDS: Record<Lang, Record<string, string>> = {
  en: {
    settled: 'settled',
    not_settled: 'not settled',
    withdrawn: 'withdrawn',
    out_of_scope: 'out of scope',
    unresolved: 'closed unresolved',
    unconfirmed: 'not confirmed',
    forwarded: 'forwarded',
  },
  vi: {
    settled: 'đã hòa giải thành',
    not_settled: 'hòa giải không thành',
    withdrawn: 'đã rút',
    out_of_scope: 'ngoài phạm vi giải quyết',
    unresolved: 'đóng khi chưa giải quyết được',
    unconfirmed: 'chưa được xác nhận',
    forwarded: 'đã chuyển tiếp',
  },
};

const CATALOGUE: Record<Lang, Record<NoticeKind, Template>> = {
  en: {
    confirm: {
      subject: (p) => `Confirm your complaint ${p.trackingNumber}`,
      text: (p) =>
        `We received your complaint ${p.trackingNumber}${p.merchant ? ` about ${p.merchant}` : ''}.\nOpen this link to confirm your e-mail address, so we can send it on:\n${p.link}\n\nIf you did not file a complaint, ignore this message: nothing is sent without your confirmation.`,
    },
    received: {
      subject: (p) => `Complaint ${p.trackingNumber} sent to ${p.merchant ?? 'the merchant'}`,
      text: (p) =>
        `Your complaint ${p.trackingNumber} is now with ${p.merchant ?? 'the merchant'}, who must answer by ${p.due}.\nFollow it here: ${p.link}`,
    },
    forwarding: {
      subject: (p) => `Complaint ${p.trackingNumber} goes to the operator in ${p.economy}`,
      text: (p) =>
        `The business you complained about is in ${p.economy}. Your complaint ${p.trackingNumber} will be handed to ${p.operator}, who handles complaints about businesses there.\nFollow it here: ${p.link}`,
    },
    to_forward: {
      subject: (p) => `Complaint ${p.trackingNumber} to forward to ${p.economy}`,
      text: (p) =>
        `Complaint ${p.trackingNumber} concerns a business in ${p.economy}. Hand its case file to ${p.operator} and record the reference:\n${p.link}`,
    },
    merchant_new: {
      subject: (p) => `New complaint ${p.trackingNumber}: answer by ${p.due}`,
      text: (p) =>
        `A consumer filed complaint ${p.trackingNumber} (${p.category}) about your business.\nAnswer it by ${p.due}; without an answer it goes to mediation and counts as unanswered in your public statistics.\n${p.link}`,
    },
    message: {
      subject: (p) => `New message on complaint ${p.trackingNumber}`,
      text: (p) => `${p.from} wrote on complaint ${p.trackingNumber}. Read and answer it here:\n${p.link}`,
    },
    settlement_proposed: {
      subject: (p) => `A settlement is proposed for complaint ${p.trackingNumber}`,
      text: (p) =>
        `${p.from} proposed a settlement for complaint ${p.trackingNumber}. Read it and accept it, or ask for mediation:\n${p.link}`,
    },
    mediation: {
      subject: (p) => `Complaint ${p.trackingNumber} is in mediation`,
      text: (p) =>
        `A mediator of the operator now handles complaint ${p.trackingNumber}${p.reason ? ` (${p.reason})` : ''}. The target for an outcome is ${p.due}.\n${p.link}`,
    },
    outcome: {
      subject: (p) => `Complaint ${p.trackingNumber}: ${p.outcome}`,
      text: (p) =>
        `The outcome of complaint ${p.trackingNumber} is: ${p.outcome}.${p.reason ? `\n${p.reason}` : ''}\n${p.link}`,
    },
    compliance_check: {
      subject: (p) => `Was the settlement of ${p.trackingNumber} carried out?`,
      text: (p) =>
        `Complaint ${p.trackingNumber} was settled. Tell us by ${p.due} whether the merchant did what was agreed:\n${p.link}`,
    },
    closed: {
      subject: (p) => `Complaint ${p.trackingNumber} is closed`,
      text: (p) =>
        `Complaint ${p.trackingNumber} is closed. Tell us how satisfied you are with how it was handled:\n${p.link}`,
    },
  },
  vi: {
    confirm: {
      subject: (p) => `Xác nhận khiếu nại ${p.trackingNumber}`,
      text: (p) =>
        `Chúng tôi đã nhận khiếu nại ${p.trackingNumber}${p.merchant ? ` về ${p.merchant}` : ''} của bạn.\nMở liên kết sau để xác nhận địa chỉ thư điện tử, để chúng tôi chuyển khiếu nại đi:\n${p.link}\n\nNếu bạn không gửi khiếu nại nào, hãy bỏ qua thư này: không có gì được gửi đi nếu bạn chưa xác nhận.`,
    },
    received: {
      subject: (p) => `Khiếu nại ${p.trackingNumber} đã được gửi tới ${p.merchant ?? 'người bán'}`,
      text: (p) =>
        `Khiếu nại ${p.trackingNumber} của bạn đã được gửi tới ${p.merchant ?? 'người bán'}, bên phải trả lời trước ${p.due}.\nTheo dõi tại: ${p.link}`,
    },
    forwarding: {
      subject: (p) => `Khiếu nại ${p.trackingNumber} được chuyển tới cơ quan tại ${p.economy}`,
      text: (p) =>
        `Doanh nghiệp bị khiếu nại ở ${p.economy}. Khiếu nại ${p.trackingNumber} của bạn sẽ được chuyển tới ${p.operator}, cơ quan giải quyết khiếu nại về doanh nghiệp tại đó.\nTheo dõi tại: ${p.link}`,
    },
    to_forward: {
      subject: (p) => `Khiếu nại ${p.trackingNumber} cần chuyển tới ${p.economy}`,
      text: (p) =>
        `Khiếu nại ${p.trackingNumber} liên quan tới doanh nghiệp tại ${p.economy}. Hãy chuyển hồ sơ tới ${p.operator} và ghi lại số tham chiếu:\n${p.link}`,
    },
    merchant_new: {
      subject: (p) => `Khiếu nại mới ${p.trackingNumber}: trả lời trước ${p.due}`,
      text: (p) =>
        `Người tiêu dùng đã gửi khiếu nại ${p.trackingNumber} (${p.category}) về doanh nghiệp của bạn.\nHãy trả lời trước ${p.due}; nếu không trả lời, khiếu nại sẽ được chuyển sang hòa giải và được tính là chưa trả lời trong thống kê công khai.\n${p.link}`,
    },
    message: {
      subject: (p) => `Tin nhắn mới về khiếu nại ${p.trackingNumber}`,
      text: (p) => `${p.from} đã viết về khiếu nại ${p.trackingNumber}. Đọc và trả lời tại:\n${p.link}`,
    },
    settlement_proposed: {
      subject: (p) => `Đề xuất giải quyết cho khiếu nại ${p.trackingNumber}`,
      text: (p) =>
        `${p.from} đã đề xuất phương án giải quyết khiếu nại ${p.trackingNumber}. Hãy xem và chấp nhận, hoặc yêu cầu hòa giải:\n${p.link}`,
    },
    mediation: {
      subject: (p) => `Khiếu nại ${p.trackingNumber} đang được hòa giải`,
      text: (p) =>
        `Hòa giải viên của đơn vị vận hành đang xử lý khiếu nại ${p.trackingNumber}${p.reason ? ` (${p.reason})` : ''}. Thời hạn dự kiến có kết quả: ${p.due}.\n${p.link}`,
    },
    outcome: {
      subject: (p) => `Khiếu nại ${p.trackingNumber}: ${p.outcome}`,
      text: (p) =>
        `Kết quả khiếu nại ${p.trackingNumber}: ${p.outcome}.${p.reason ? `\n${p.reason}` : ''}\n${p.link}`,
    },
    compliance_check: {
      subject: (p) => `Phương án giải quyết khiếu nại ${p.trackingNumber} đã được thực hiện chưa?`,
      text: (p) =>
        `Khiếu nại ${p.trackingNumber} đã được giải quyết. Hãy cho chúng tôi biết trước ${p.due} người bán đã thực hiện đúng thỏa thuận chưa:\n${p.link}`,
    },
    closed: {
      subject: (p) => `Khiếu nại ${p.trackingNumber} đã đóng`,
      text: (p) =>
        `Khiếu nại ${p.trackingNumber} đã đóng. Hãy cho chúng tôi biết bạn hài lòng thế nào với cách giải quyết:\n${p.link}`,
    },
  },
};

const langOf = (language: string): Lang => (language === 'vi' ? 'vi' : 'en');

const withOutcome = (lang: Lang, p: NoticeParams): NoticeParams =>
  p.outcome ? { ...p, outcome: OUTCOME_WORDS[lang][p.outcome] ?? p.outcome } : p;

/** A notice in one language: for the consumer (their language) and the inbox. */
export function renderNotice(
  kind: NoticeKind,
  language: string,
  params: NoticeParams,
): { subject: string; text: string } {
  const lang = langOf(language);
  const p = withOutcome(lang, params);
  const template = CATALOGUE[lang][kind];
  return { subject: template.subject(p), text: template.text(p) };
}

/** A notice in English and Vietnamese together: for merchants and operator staff. */
export function renderBilingual(kind: NoticeKind, params: NoticeParams): { subject: string; text: string } {
  const en = renderNotice(kind, 'en', params);
  const vi = renderNotice(kind, 'vi', params);
  return { subject: `${en.subject} / ${vi.subject}`, text: `${en.text}\n\n---\n\n${vi.text}` };
}

export const toMail = (to: string, notice: { subject: string; text: string }): MailMessage => ({
  to,
  subject: notice.subject.slice(0, 250),
  text: notice.text,
});
