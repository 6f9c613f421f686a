/**
 * Scheme built on the World Trustmark Alliance Code of Conduct and its Guidelines for Trustmark Operators (GTO):
 * disclosure, practices, security, privacy, ADR and monitoring (GTO sections 1–6).
 *
 * The GTO lets an operator pick the items it requires of merchants. Where the WTA requirement text was read
 * (1.1, 1.2, 2.1, 3.1–3.3) the criterion follows it; where only the heading is known, the wording is CrossTrust's
 * reading of the heading and the `source` says "heading only".
 */
import { defineScheme } from './model.ts';

const GTO =
  'WTA Code of Conduct / Guidelines for Trustmark Operators (worldtrustmark.org, WTA documents id=35)';
const ADR_2003 =
  'Global Trustmark Alliance ADR guidelines agreed by Consumers International and GBDe, May 2003 (background, not WTA text)';

export const WTA_SCHEME = defineScheme({
  id: 'wta',
  version: '1.0',
  title: {
    en: 'World Trustmark Alliance code of conduct',
    vi: 'Bộ quy tắc ứng xử của Liên minh Nhãn tín nhiệm Thế giới',
  },
  description: {
    en: 'Merchant requirements selected from the six chapters of the World Trustmark Alliance code: disclosure of information, practices, security, privacy, alternative dispute resolution and monitoring. Suited to cross-border recognition between alliance members.',
    vi: 'Các yêu cầu đối với thương nhân được chọn từ sáu chương của bộ quy tắc Liên minh Nhãn tín nhiệm Thế giới: công bố thông tin, thực tiễn kinh doanh, an ninh, quyền riêng tư, giải quyết tranh chấp ngoài tòa án và giám sát. Phù hợp cho việc công nhận lẫn nhau giữa các thành viên liên minh.',
  },
  basedOn: [
    'World Trustmark Alliance, Code of Conduct (worldtrustmark.org, WTA documents)',
    'World Trustmark Alliance, Guidelines for Trustmark Operators (GTO)',
    'APEC Privacy Framework (2004): the nine principles used as headings of WTA chapter 4',
  ],
  criteria: [
    // 1 Disclosure of information
    {
      id: 'WTA-1.1',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'All information the merchant must disclose is clear and accurate; nothing said, left out or done on the site is likely to deceive, mislead, defraud or treat consumers unfairly.',
        vi: 'Mọi thông tin thương nhân phải công bố đều rõ ràng, chính xác; không có nội dung, sự bỏ sót hay hành vi nào trên website có khả năng lừa dối, gây nhầm lẫn, gian lận hoặc không công bằng với người tiêu dùng.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 1.1 Accuracy`,
    },
    {
      id: 'WTA-1.2',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'Required information is easy to reach: on the home page or entry point, one link away from it, or where the transaction is offered.',
        vi: 'Thông tin bắt buộc dễ tiếp cận: nằm trên trang chủ hoặc trang truy cập đầu tiên, cách trang đó một liên kết, hoặc tại nơi giao dịch được chào bán.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 1.2 Accessibility`,
    },
    {
      id: 'WTA-1.3.1',
      category: 'fair-practices',
      level: 'recommended',
      text: {
        en: 'Marketing material is recognisable as such, identifies the merchant, and states the conditions of any offer or promotion.',
        vi: 'Tài liệu tiếp thị dễ nhận biết là quảng cáo, nêu rõ thương nhân và các điều kiện của mọi chương trình ưu đãi, khuyến mại.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 1.3.1 Marketing information (heading only; requirement text not retrieved)`,
    },
    {
      id: 'WTA-1.3.2-NAME',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The merchant’s legal or trading name is displayed.',
        vi: 'Website hiển thị tên pháp lý hoặc tên thương mại của thương nhân.',
      },
      assessment: { method: 'automated', checkId: 'business-name' },
      source: `${GTO}, section 1.3.2 Merchant information (heading only; requirement text not retrieved)`,
    },
    {
      id: 'WTA-1.3.2-ADDRESS',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The merchant’s geographic address and the economy where it is established are displayed.',
        vi: 'Website hiển thị địa chỉ thực tế của thương nhân và nền kinh tế nơi thương nhân được thành lập.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 1.3.2 Merchant information (heading only; requirement text not retrieved)`,
    },
    {
      id: 'WTA-1.3.2-REGISTRATION',
      category: 'disclosure',
      level: 'recommended',
      text: {
        en: 'The merchant’s business registration or tax number is displayed where its home economy issues one.',
        vi: 'Website hiển thị số đăng ký kinh doanh hoặc mã số thuế của thương nhân nếu nền kinh tế sở tại có cấp.',
      },
      assessment: { method: 'automated', checkId: 'registration-number' },
      source: `${GTO}, section 1.3.2 Merchant information (heading only; requirement text not retrieved)`,
    },
    {
      id: 'WTA-1.3.2-CONTACT',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The merchant gives at least one way to reach it quickly, such as an e-mail address, telephone number or contact form.',
        vi: 'Thương nhân cung cấp ít nhất một cách liên hệ nhanh chóng như địa chỉ thư điện tử, số điện thoại hoặc biểu mẫu liên hệ.',
      },
      assessment: { method: 'automated', checkId: 'contact-page' },
      source: `${GTO}, sections 1.3.2 Merchant information and 2.2.2 Consumer care contact (headings only)`,
    },
    {
      id: 'WTA-1.3.3',
      category: 'consumer-information',
      level: 'mandatory',
      text: {
        en: 'Goods and services are described accurately enough for the consumer to make an informed decision.',
        vi: 'Hàng hóa, dịch vụ được mô tả đủ chính xác để người tiêu dùng đưa ra quyết định có hiểu biết.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 1.3.3 Goods/services information (heading only) read with section 1.1 Accuracy`,
    },
    {
      id: 'WTA-1.3.4-PRICES',
      category: 'consumer-information',
      level: 'mandatory',
      text: {
        en: 'Prices are shown with their currency.',
        vi: 'Giá được hiển thị kèm đơn vị tiền tệ.',
      },
      assessment: { method: 'automated', checkId: 'prices-with-currency' },
      source: `${GTO}, section 1.3.4 Transaction information (heading only; requirement text not retrieved)`,
    },
    {
      id: 'WTA-1.3.4-TOTAL',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'Before the order is placed, the consumer sees the total cost, including taxes, delivery charges and any other fees, and the payment and delivery arrangements.',
        vi: 'Trước khi đặt hàng, người tiêu dùng thấy tổng chi phí, gồm thuế, phí giao hàng và các khoản phí khác, cùng các điều kiện thanh toán và giao hàng.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 1.3.4 Transaction information (heading only; requirement text not retrieved)`,
    },
    {
      id: 'WTA-1.3.4-TERMS',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'The terms and conditions of sale are published and can be kept by the consumer.',
        vi: 'Điều khoản và điều kiện bán hàng được công bố và người tiêu dùng có thể lưu giữ.',
      },
      assessment: { method: 'automated', checkId: 'terms-page' },
      source: `${GTO}, section 1.3.4 Transaction information (heading only; requirement text not retrieved)`,
    },
    {
      id: 'WTA-1.3.5',
      category: 'consumer-information',
      level: 'recommended',
      text: {
        en: 'Any warranty or guarantee is described: what it covers, for how long and how to claim it.',
        vi: 'Mọi chế độ bảo hành hoặc bảo đảm đều được mô tả: phạm vi, thời hạn và cách yêu cầu thực hiện.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 1.3.5 Warranty information (heading only; requirement text not retrieved)`,
    },
    // 2 Practices
    {
      id: 'WTA-2.1',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'A cancellation, return and refund policy is published.',
        vi: 'Website công bố chính sách hủy đơn, đổi trả và hoàn tiền.',
      },
      assessment: { method: 'automated', checkId: 'returns-page' },
      source: `${GTO}, section 2.1 Cancellation/Return`,
    },
    {
      id: 'WTA-2.1-CONTENT',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'The policy states the time allowed after commitment to cancel, return or obtain a refund, the steps to follow and any costs, or says plainly that no such right exists.',
        vi: 'Chính sách nêu thời hạn được hủy, trả hàng hoặc nhận hoàn tiền kể từ khi cam kết mua, các bước cần thực hiện và chi phí phát sinh, hoặc nói rõ rằng không có quyền này.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 2.1 Cancellation/Return`,
    },
    {
      id: 'WTA-2.2.1',
      category: 'fair-practices',
      level: 'recommended',
      text: {
        en: 'Commercial e-mail is sent only to consumers who agreed to receive it, and every message offers an easy way to stop receiving more.',
        vi: 'Thư điện tử thương mại chỉ được gửi tới người tiêu dùng đã đồng ý nhận, và mỗi thư đều có cách dễ dàng để từ chối nhận tiếp.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 2.2.1 Unsolicited commercial e-mail (heading only; requirement text not retrieved)`,
    },
    {
      id: 'WTA-2.2.2',
      category: 'fair-practices',
      level: 'recommended',
      text: {
        en: 'Consumer enquiries are acknowledged and answered within a stated, reasonable time.',
        vi: 'Yêu cầu của người tiêu dùng được xác nhận và trả lời trong thời hạn hợp lý đã công bố.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 2.2.2 Consumer care contact/communications (heading only; requirement text not retrieved)`,
    },
    // 3 Security
    {
      id: 'WTA-3.1',
      category: 'security',
      level: 'mandatory',
      text: {
        en: 'Confidential commercial and personal data sent by consumers is protected in transit: the site is served over HTTPS with a valid certificate.',
        vi: 'Dữ liệu thương mại bí mật và dữ liệu cá nhân do người tiêu dùng gửi được bảo vệ khi truyền: website dùng HTTPS với chứng chỉ SSL/TLS hợp lệ.',
      },
      assessment: { method: 'automated', checkId: 'https' },
      source: `${GTO}, section 3.1 Security of transferred information`,
    },
    {
      id: 'WTA-3.1-HSTS',
      category: 'security',
      level: 'recommended',
      text: {
        en: 'The site tells browsers to use HTTPS only (HSTS), so data cannot be sent over an unencrypted connection by mistake.',
        vi: 'Website yêu cầu trình duyệt chỉ dùng HTTPS (HSTS) để dữ liệu không bị gửi nhầm qua kết nối không mã hóa.',
      },
      assessment: { method: 'automated', checkId: 'hsts' },
      source: `${GTO}, section 3.1 Security of transferred information (technical reading by CrossTrust)`,
    },
    {
      id: 'WTA-3.2',
      category: 'security',
      level: 'mandatory',
      text: {
        en: 'Confidential data stored on the merchant’s systems is protected by safeguards proportionate to its sensitivity, reviewed periodically.',
        vi: 'Dữ liệu bí mật lưu trên hệ thống của thương nhân được bảo vệ bằng các biện pháp tương xứng với mức độ nhạy cảm và được rà soát định kỳ.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'The merchant’s information-security policy, with the date of its last review.',
          vi: 'Chính sách an toàn thông tin của thương nhân, kèm ngày rà soát gần nhất.',
        },
      },
      source: `${GTO}, sections 3.2 Security of stored information, 3.5 Proportionality of safeguards and 3.6 Periodic review (3.5 and 3.6 heading only)`,
    },
    {
      id: 'WTA-3.3',
      category: 'security',
      level: 'mandatory',
      text: {
        en: 'The merchant takes reasonable steps to make third parties that help fulfil transactions (payment, hosting, delivery) keep appropriate safeguards.',
        vi: 'Thương nhân có biện pháp hợp lý để yêu cầu bên thứ ba hỗ trợ thực hiện giao dịch (thanh toán, lưu trữ, giao hàng) duy trì biện pháp bảo vệ phù hợp.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Security or data-protection clauses in the contracts with payment, hosting and delivery providers.',
          vi: 'Điều khoản an ninh hoặc bảo vệ dữ liệu trong hợp đồng với nhà cung cấp dịch vụ thanh toán, lưu trữ và giao hàng.',
        },
      },
      source: `${GTO}, section 3.3 Security of information held by third parties`,
    },
    {
      id: 'WTA-3.4',
      category: 'security',
      level: 'recommended',
      text: {
        en: 'Confidential information is kept only as long as needed and then deleted or anonymised securely.',
        vi: 'Thông tin bí mật chỉ được lưu giữ trong thời gian cần thiết, sau đó được xóa hoặc ẩn danh một cách an toàn.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'The data-retention schedule.',
          vi: 'Bảng thời hạn lưu trữ dữ liệu.',
        },
      },
      source: `${GTO}, section 3.4 Retaining confidential information (heading only; requirement text not retrieved)`,
    },
    // 4 Privacy (APEC principles)
    {
      id: 'WTA-4.2',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'A privacy notice is published saying what personal data is collected, why, who it is shared with and how to contact the merchant about it.',
        vi: 'Website công bố thông báo về quyền riêng tư, nêu dữ liệu cá nhân nào được thu thập, mục đích, bên được chia sẻ và cách liên hệ với thương nhân về dữ liệu đó.',
      },
      assessment: { method: 'automated', checkId: 'privacy-page' },
      source: `${GTO}, section 4.2 Notice (heading only; APEC Privacy Framework notice principle)`,
    },
    {
      id: 'WTA-4.3',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'Only personal data relevant to the stated purposes is collected, by lawful and fair means.',
        vi: 'Chỉ thu thập dữ liệu cá nhân liên quan đến mục đích đã nêu, bằng phương thức hợp pháp và công bằng.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 4.3 Collection limitation (heading only; APEC Privacy Framework)`,
    },
    {
      id: 'WTA-4.4',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'Personal data is used only for the purposes notified or compatible ones, in a way that avoids harm to the individual.',
        vi: 'Dữ liệu cá nhân chỉ được sử dụng cho mục đích đã thông báo hoặc mục đích tương thích, theo cách tránh gây thiệt hại cho cá nhân.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, sections 4.1 Preventing harm and 4.4 Uses of personal information (headings only; APEC Privacy Framework)`,
    },
    {
      id: 'WTA-4.5',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'Consumers can choose whether their data is used for marketing or shared with third parties.',
        vi: 'Người tiêu dùng được lựa chọn việc dữ liệu của mình có được dùng để tiếp thị hoặc chia sẻ cho bên thứ ba hay không.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, section 4.5 Choice (heading only; APEC Privacy Framework)`,
    },
    {
      id: 'WTA-4.8',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'Consumers can see the personal data held about them and have it corrected or deleted; the merchant keeps data accurate and up to date.',
        vi: 'Người tiêu dùng có thể xem dữ liệu cá nhân được lưu về mình và yêu cầu sửa hoặc xóa; thương nhân giữ dữ liệu chính xác và cập nhật.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, sections 4.6 Integrity of personal information and 4.8 Access and correction (headings only; APEC Privacy Framework)`,
    },
    {
      id: 'WTA-4.9',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'A named person or function is accountable for personal-data protection, including when data is passed to others.',
        vi: 'Có người hoặc bộ phận được chỉ định chịu trách nhiệm về bảo vệ dữ liệu cá nhân, kể cả khi dữ liệu được chuyển cho bên khác.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Appointment of the person or function responsible for data protection and their contact details.',
          vi: 'Văn bản chỉ định người hoặc bộ phận phụ trách bảo vệ dữ liệu và thông tin liên hệ.',
        },
      },
      source: `${GTO}, sections 4.7 Security safeguards and 4.9 Accountability (headings only; APEC Privacy Framework)`,
    },
    // 5 ADR
    {
      id: 'WTA-5.1',
      category: 'dispute-resolution',
      level: 'mandatory',
      text: {
        en: 'The site tells consumers how to raise a complaint or dispute directly with the merchant.',
        vi: 'Website hướng dẫn người tiêu dùng cách gửi khiếu nại hoặc tranh chấp trực tiếp tới thương nhân.',
      },
      assessment: { method: 'automated', checkId: 'complaints-page' },
      source: `${GTO}, section 5.1 Notice on settling disputes directly with the merchant (heading only)`,
    },
    {
      id: 'WTA-5.2',
      category: 'dispute-resolution',
      level: 'mandatory',
      text: {
        en: 'The merchant runs an internal complaint-resolution process and asks consumers to use it before going to external dispute resolution.',
        vi: 'Thương nhân có quy trình giải quyết khiếu nại nội bộ và đề nghị người tiêu dùng sử dụng quy trình này trước khi đưa ra giải quyết tranh chấp bên ngoài.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'The written internal complaint-handling procedure, with response times.',
          vi: 'Quy trình giải quyết khiếu nại nội bộ bằng văn bản, kèm thời hạn phản hồi.',
        },
      },
      source: `${GTO}, section 5.2 Internal complaint resolution (heading only); ${ADR_2003}`,
    },
    {
      id: 'WTA-5.3',
      category: 'dispute-resolution',
      level: 'mandatory',
      text: {
        en: 'The site names the alternative dispute resolution service(s) the merchant accepts, including the trustmark operator, and what using them costs the consumer; ADR stays optional for the consumer and does not bind them.',
        vi: 'Website nêu tên dịch vụ giải quyết tranh chấp ngoài tòa án mà thương nhân chấp nhận, kể cả tổ chức cấp nhãn, và chi phí người tiêu dùng phải trả; việc dùng dịch vụ này là tự nguyện và không ràng buộc người tiêu dùng.',
      },
      assessment: { method: 'judgement' },
      source: `${GTO}, sections 5.3 Notice on submitting disputes to ADR and 5.4 Cost of the ADR system (headings only); ${ADR_2003}`,
    },
    // 6 Monitoring
    {
      id: 'WTA-6.1',
      category: 'monitoring',
      level: 'mandatory',
      text: {
        en: 'The merchant accepts ongoing monitoring by the trustmark operator, including re-checks of the site and cross-border complaints passed on by other alliance members.',
        vi: 'Thương nhân chấp nhận sự giám sát thường xuyên của tổ chức cấp nhãn, gồm việc kiểm tra lại website và khiếu nại xuyên biên giới do các thành viên khác của liên minh chuyển đến.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'The signed trustmark agreement.',
          vi: 'Thỏa thuận cấp nhãn tín nhiệm đã ký.',
        },
      },
      source: `${GTO}, section 6.1 Monitoring of merchants by the certifier (heading only); WTA New Member Agreement (id=33), mutual recognition and complaint management`,
    },
    {
      id: 'WTA-6.1-SEAL',
      category: 'monitoring',
      level: 'mandatory',
      text: {
        en: 'The trustmark seal is displayed on the certified site and links to the operator’s live verification page.',
        vi: 'Nhãn tín nhiệm được hiển thị trên website được chứng nhận và liên kết tới trang xác thực trực tuyến của tổ chức cấp nhãn.',
      },
      assessment: { method: 'automated', checkId: 'seal-embedded' },
      source: `${GTO}, section 6.1 Monitoring of merchants by the certifier (heading only; seal rule is CrossTrust's)`,
    },
  ],
});
