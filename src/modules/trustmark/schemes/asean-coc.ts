/**
 * Scheme built on the ASEAN Online Business Code of Conduct (ASEAN Secretariat, February 2020; ACCP with ACCEC).
 *
 * The Code has 15 voluntary commitments. Only commitments 1–5 were available in wording (5 partly); they map to
 * criteria ASEAN-C1 … ASEAN-C5. The other criteria cover the topics ASEAN itself names for the Code (data privacy,
 * safe online payments) and for its 2020 regional online-shopping campaign. They do NOT claim a commitment
 * number: when commitments 6–15 are confirmed, publish version 1.1 with the mapping in each `source`.
 */
import { defineScheme } from './model.ts';

const OBC = 'ASEAN Online Business Code of Conduct (ASEAN Secretariat, Feb. 2020, ISBN 978-602-5798-62-7)';
const PRESS = 'ASEAN press release on the Online Business Code of Conduct (6 March 2020)';
const CAMPAIGN = 'ASEAN regional information campaign on online shopping (ACCP, 16 March 2020)';

export const ASEAN_COC_SCHEME = defineScheme({
  id: 'asean-coc',
  version: '1.0',
  title: {
    en: 'ASEAN Online Business Code of Conduct',
    vi: 'Bộ quy tắc ứng xử kinh doanh trực tuyến ASEAN',
  },
  description: {
    en: 'Criteria derived from the voluntary commitments of the ASEAN Online Business Code of Conduct, aimed mainly at small and emerging online businesses selling across ASEAN member states.',
    vi: 'Bộ tiêu chí xây dựng từ các cam kết tự nguyện của Bộ quy tắc ứng xử kinh doanh trực tuyến ASEAN, chủ yếu dành cho doanh nghiệp trực tuyến nhỏ và mới thành lập bán hàng tại các quốc gia thành viên ASEAN.',
  },
  basedOn: [
    'ASEAN Online Business Code of Conduct, ASEAN Secretariat, Jakarta, February 2020 (ACCP with ACCEC, supported by GIZ PROTECT)',
    'ASEAN High-Level Principles on Consumer Protection (AHLP)',
    'ASEAN regional information campaign on online shopping, ACCP, March 2020',
  ],
  criteria: [
    {
      id: 'ASEAN-C1',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'The business treats consumers fairly and uses no illegal, fraudulent, unethical or unfair practice that could harm them.',
        vi: 'Doanh nghiệp đối xử công bằng với người tiêu dùng, không sử dụng hành vi bất hợp pháp, gian lận, phi đạo đức hoặc không công bằng có thể gây hại cho họ.',
      },
      assessment: { method: 'judgement' },
      source: `${OBC}, commitment 1 (fair treatment)`,
    },
    {
      id: 'ASEAN-C2',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'Consumers buying online enjoy the same rights the business would have to respect in a physical shop.',
        vi: 'Người tiêu dùng mua hàng trực tuyến được hưởng các quyền như khi mua tại cửa hàng truyền thống mà doanh nghiệp phải tôn trọng.',
      },
      assessment: { method: 'judgement' },
      source: `${OBC}, commitment 2 (own responsibilities)`,
    },
    {
      id: 'ASEAN-C3',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'The business complies with the laws and regulations of each country where it markets its goods or services, including registration and licensing there.',
        vi: 'Doanh nghiệp tuân thủ pháp luật và quy định của từng quốc gia nơi hàng hóa, dịch vụ được tiếp thị, kể cả việc đăng ký và cấp phép tại đó.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'List of target markets with the business registration and any licences held for each.',
          vi: 'Danh sách thị trường mục tiêu kèm đăng ký kinh doanh và giấy phép có được tại từng thị trường.',
        },
      },
      source: `${OBC}, commitment 3 (legal compliance)`,
    },
    {
      id: 'ASEAN-C4',
      category: 'consumer-information',
      level: 'mandatory',
      text: {
        en: 'The business applies the standards of each target market and gives accurate information in its local language.',
        vi: 'Doanh nghiệp áp dụng các tiêu chuẩn của từng thị trường mục tiêu và cung cấp thông tin chính xác bằng ngôn ngữ địa phương.',
      },
      assessment: { method: 'judgement' },
      source: `${OBC}, commitment 4 (local standards)`,
    },
    {
      id: 'ASEAN-C5',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'Goods and services offered meet applicable quality and safety requirements, including food safety; unsafe or recalled products are not sold.',
        vi: 'Hàng hóa, dịch vụ chào bán đáp ứng yêu cầu về chất lượng và an toàn, kể cả an toàn thực phẩm; không bán sản phẩm không an toàn hoặc đã bị thu hồi.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Conformity certificates, test reports or food-safety certificates for the product categories sold.',
          vi: 'Giấy chứng nhận hợp chuẩn, hợp quy, phiếu kết quả thử nghiệm hoặc giấy chứng nhận an toàn thực phẩm cho các nhóm sản phẩm đang bán.',
        },
      },
      source: `${OBC}, commitment 5 (quality and safety; partly confirmed: text cut off in the source); ${PRESS}`,
    },
    {
      id: 'ASEAN-IDENTITY',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The business identifies itself on the site by its legal or trading name.',
        vi: 'Doanh nghiệp tự giới thiệu trên website bằng tên pháp lý hoặc tên thương mại.',
      },
      assessment: { method: 'automated', checkId: 'business-name' },
      source: `${OBC}, commitments 2 and 4 (accurate information; commitment numbering for identity not confirmed); ${CAMPAIGN} (accurate information)`,
    },
    {
      id: 'ASEAN-REGISTRATION',
      category: 'disclosure',
      level: 'recommended',
      text: {
        en: 'The business shows its registration or tax number so consumers can verify it with the authorities.',
        vi: 'Doanh nghiệp hiển thị số đăng ký kinh doanh hoặc mã số thuế để người tiêu dùng có thể tra cứu với cơ quan chức năng.',
      },
      assessment: { method: 'automated', checkId: 'registration-number' },
      source: `${OBC}, commitment 3 (legal compliance; display of the number is CrossTrust's reading)`,
    },
    {
      id: 'ASEAN-CUSTOMER-CARE',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'Consumers can reach customer care through a hotline or an online channel.',
        vi: 'Người tiêu dùng có thể liên hệ bộ phận chăm sóc khách hàng qua đường dây nóng hoặc kênh trực tuyến.',
      },
      assessment: { method: 'automated', checkId: 'contact-page' },
      source: `${CAMPAIGN} (customer-care hotline or online customer care); commitment number in ${OBC} not confirmed`,
    },
    {
      id: 'ASEAN-PRICES',
      category: 'consumer-information',
      level: 'mandatory',
      text: {
        en: 'Prices are transparent: each is shown with its currency.',
        vi: 'Giá cả minh bạch: mỗi mức giá đều được hiển thị kèm đơn vị tiền tệ.',
      },
      assessment: { method: 'automated', checkId: 'prices-with-currency' },
      source: `${CAMPAIGN} (price transparency); commitment number in ${OBC} not confirmed`,
    },
    {
      id: 'ASEAN-TOTAL-COST',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'Delivery charges, taxes and other fees are made clear before the consumer commits to buy.',
        vi: 'Phí giao hàng, thuế và các khoản phí khác được nêu rõ trước khi người tiêu dùng cam kết mua.',
      },
      assessment: { method: 'judgement' },
      source: `${CAMPAIGN} (price transparency; fair terms on delivery and payment); commitment number in ${OBC} not confirmed`,
    },
    {
      id: 'ASEAN-TERMS',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'Fair terms of sale covering delivery, payment, warranties and guarantees are published.',
        vi: 'Website công bố điều kiện bán hàng công bằng về giao hàng, thanh toán, bảo hành và bảo đảm.',
      },
      assessment: { method: 'automated', checkId: 'terms-page' },
      source: `${CAMPAIGN} (fair terms on delivery, payment, warranties and guarantees); commitment number in ${OBC} not confirmed`,
    },
    {
      id: 'ASEAN-DELIVERY',
      category: 'transaction',
      level: 'recommended',
      text: {
        en: 'Goods are delivered within the time promised, and consumers are told promptly when that is not possible.',
        vi: 'Hàng hóa được giao đúng thời hạn đã cam kết, và người tiêu dùng được thông báo kịp thời khi không thể giao đúng hạn.',
      },
      assessment: { method: 'judgement' },
      source: `${CAMPAIGN} (on-time delivery); commitment number in ${OBC} not confirmed`,
    },
    {
      id: 'ASEAN-REFUNDS',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'A returns policy explains how faulty products are replaced or refunded.',
        vi: 'Chính sách đổi trả giải thích cách đổi sản phẩm lỗi hoặc hoàn tiền.',
      },
      assessment: { method: 'automated', checkId: 'returns-page' },
      source: `${CAMPAIGN} (replacement of faulty products or refunds); commitment number in ${OBC} not confirmed`,
    },
    {
      id: 'ASEAN-REVIEWS',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'Reviews are genuine: the business does not post fake reviews and does not remove negative feedback.',
        vi: 'Đánh giá là thật: doanh nghiệp không đăng đánh giá giả mạo và không xóa phản hồi tiêu cực.',
      },
      assessment: { method: 'judgement' },
      source: `${CAMPAIGN} (no fake reviews, no removal of negative feedback); commitment number in ${OBC} not confirmed`,
    },
    {
      id: 'ASEAN-PRIVACY',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'A privacy policy explains what personal data is collected, why, and how consumers can exercise their rights over it.',
        vi: 'Chính sách quyền riêng tư giải thích dữ liệu cá nhân nào được thu thập, với mục đích gì và cách người tiêu dùng thực hiện quyền của mình đối với dữ liệu đó.',
      },
      assessment: { method: 'automated', checkId: 'privacy-page' },
      source: `${PRESS} (data privacy among the 15 commitments; commitment number not confirmed)`,
    },
    {
      id: 'ASEAN-PRIVACY-PRACTICE',
      category: 'privacy',
      level: 'recommended',
      text: {
        en: 'Personal data is collected only as needed for the transaction and used only for the purposes stated in the policy.',
        vi: 'Dữ liệu cá nhân chỉ được thu thập ở mức cần thiết cho giao dịch và chỉ được sử dụng cho các mục đích đã nêu trong chính sách.',
      },
      assessment: { method: 'judgement' },
      source: `${PRESS} (data privacy; commitment number not confirmed)`,
    },
    {
      id: 'ASEAN-PAYMENT-HTTPS',
      category: 'security',
      level: 'mandatory',
      text: {
        en: 'Payment and personal data are exchanged only over an encrypted HTTPS connection with a valid certificate.',
        vi: 'Dữ liệu thanh toán và dữ liệu cá nhân chỉ được trao đổi qua kết nối HTTPS được mã hóa với chứng chỉ SSL/TLS hợp lệ.',
      },
      assessment: { method: 'automated', checkId: 'https' },
      source: `${PRESS} (safety of online payments); ${CAMPAIGN} (secure payment channels)`,
    },
    {
      id: 'ASEAN-PAYMENT-CHANNELS',
      category: 'security',
      level: 'mandatory',
      text: {
        en: 'Online payments are taken through licensed or regulated payment providers.',
        vi: 'Thanh toán trực tuyến được thực hiện qua các nhà cung cấp dịch vụ thanh toán được cấp phép hoặc chịu sự quản lý.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Contracts or merchant agreements with the payment providers used, showing their licence.',
          vi: 'Hợp đồng hoặc thỏa thuận với các nhà cung cấp dịch vụ thanh toán đang sử dụng, thể hiện giấy phép của họ.',
        },
      },
      source: `${PRESS} (safety of online payments); ${CAMPAIGN} (secure payment channels)`,
    },
    {
      id: 'ASEAN-COMPLAINTS',
      category: 'dispute-resolution',
      level: 'mandatory',
      text: {
        en: 'The site explains how to complain, and complaints are handled promptly.',
        vi: 'Website hướng dẫn cách khiếu nại và khiếu nại được giải quyết kịp thời.',
      },
      assessment: { method: 'automated', checkId: 'complaints-page' },
      source: `${CAMPAIGN} (handling complaints); commitment number in ${OBC} not confirmed`,
    },
    {
      id: 'ASEAN-REDRESS',
      category: 'dispute-resolution',
      level: 'recommended',
      text: {
        en: 'Consumers are told which dispute-resolution and redress mechanisms are available if a complaint is not settled, including cross-border ones.',
        vi: 'Người tiêu dùng được thông báo về các cơ chế giải quyết tranh chấp và khắc phục thiệt hại khi khiếu nại chưa được giải quyết, kể cả cơ chế xuyên biên giới.',
      },
      assessment: { method: 'judgement' },
      source: `${CAMPAIGN} (mechanisms for dispute resolution and redress); commitment number in ${OBC} not confirmed`,
    },
    {
      id: 'ASEAN-SEAL',
      category: 'monitoring',
      level: 'mandatory',
      text: {
        en: 'The certified site displays the trustmark seal linked to its verification page, so consumers can check the certification.',
        vi: 'Website được chứng nhận hiển thị nhãn tín nhiệm có liên kết tới trang xác thực để người tiêu dùng kiểm tra chứng nhận.',
      },
      assessment: { method: 'automated', checkId: 'seal-embedded' },
      source:
        'CrossTrust certification rule (not part of the ASEAN Code), modelled on WTA GTO section 6 Monitoring and SafeWeb labelling',
    },
  ],
});
