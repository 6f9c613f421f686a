/**
 * Viet Nam profile: the five SafeWeb aspects (EcomViet, Ministry of Industry and Trade) plus the information a
 * Vietnamese sales website must display under Decree 52/2013/ND-CP as amended by Decree 85/2021/ND-CP.
 *
 * Criteria are written in CrossTrust's own words. Where the underlying text could not be confirmed, the
 * `source` field says so ("not retrieved" / "partly confirmed"); re-check those against the official texts
 * before publishing a new version (the reference notes list what could not be confirmed).
 */
import { defineScheme } from './model.ts';

const SW = 'SafeWeb B2C assessment criteria (safeweb.vn, tieu-chi-tham-dinh-website-b2c)';
const SW_RULES =
  'SafeWeb general rules and labelling process (safeweb.vn, quy-dinh-chung and quy-trinh-gan-nhan)';
const D52 = 'Decree 52/2013/ND-CP as amended by Decree 85/2021/ND-CP (consolidated text 14/VBHN-BCT)';

export const VN_SAFEWEB_SCHEME = defineScheme({
  id: 'vn-safeweb',
  version: '1.0',
  economy: 'VN',
  title: {
    en: 'Viet Nam trustmark profile (SafeWeb aspects and mandatory website information)',
    vi: 'Bộ tiêu chí nhãn tín nhiệm Việt Nam (các nguyên tắc SafeWeb và thông tin bắt buộc trên website)',
  },
  description: {
    en: 'Assesses a Vietnamese e-commerce sales website against the five SafeWeb aspects (building trust, personal information protection, concluding contracts, truthful advertising, complaint handling) and the information the website must publish under the e-commerce decree.',
    vi: 'Đánh giá website thương mại điện tử bán hàng của Việt Nam theo năm nguyên tắc SafeWeb (xây dựng niềm tin, bảo vệ thông tin cá nhân, thực hiện giao kết hợp đồng, quảng cáo trung thực, giải quyết khiếu nại) và các thông tin website phải công bố theo nghị định về thương mại điện tử.',
  },
  basedOn: [
    'SafeWeb operating principles and B2C assessment criteria, EcomViet / Ministry of Industry and Trade (safeweb.vn)',
    'Decree 52/2013/ND-CP on e-commerce, as amended by Decree 85/2021/ND-CP (consolidated text 14/VBHN-BCT, 2021)',
    'Circular 47/2014/TT-BCT as amended by Circular 01/2022/TT-BCT',
    'Decree 55/2024/ND-CP guiding the Law on Protection of Consumer Rights 19/2023/QH15',
  ],
  criteria: [
    // Aspect 1 — building trust
    {
      id: 'VN-SW-1',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The owner is a lawfully constituted business (or an individual with a personal tax code) and the website only sells within the business lines registered in Viet Nam.',
        vi: 'Chủ sở hữu là thương nhân, tổ chức được thành lập hợp pháp (hoặc cá nhân có mã số thuế cá nhân) và website chỉ kinh doanh trong phạm vi ngành nghề đã đăng ký tại Việt Nam.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Notarised copy of the business registration certificate or establishment decision, or the individual’s personal tax code.',
          vi: 'Bản sao công chứng giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập, hoặc mã số thuế cá nhân.',
        },
      },
      source: `${SW}, principle 1, item 1; ${SW_RULES} (application file)`,
    },
    {
      id: 'VN-SW-2',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The website has been notified to (or, for e-commerce service websites, registered with) the Ministry of Industry and Trade on the online.gov.vn portal.',
        vi: 'Website đã được thông báo (hoặc, với website cung cấp dịch vụ thương mại điện tử, đã được đăng ký) với Bộ Công Thương trên cổng online.gov.vn.',
      },
      guidance: {
        en: 'Look the domain up in the portal’s public list and compare the business name and registration number with the application.',
        vi: 'Tra cứu tên miền trong danh sách công khai của cổng và đối chiếu tên doanh nghiệp, số đăng ký với hồ sơ đăng ký nhãn.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Confirmation of the notification or registration issued by the online.gov.vn portal.',
          vi: 'Xác nhận thông báo hoặc đăng ký do cổng online.gov.vn cấp.',
        },
      },
      source: `${SW}, principle 1, item 2; ${D52}, notification of sales websites`,
    },
    {
      id: 'VN-SW-3',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'The website has not breached, or failed to comply with, the relevant laws during its last three years of operation.',
        vi: 'Website không vi phạm hoặc không chấp hành quy định pháp luật liên quan trong ba năm hoạt động gần nhất.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Signed declaration by the merchant, checked against the operator’s and authorities’ records of sanctions.',
          vi: 'Bản cam kết có chữ ký của thương nhân, được đối chiếu với hồ sơ xử phạt của tổ chức cấp nhãn và cơ quan chức năng.',
        },
      },
      source: `${SW}, principle 1, item 3`,
    },
    {
      id: 'VN-SW-4',
      category: 'monitoring',
      level: 'mandatory',
      text: {
        en: 'If the website’s label was revoked before, at least twelve months have passed since the revocation.',
        vi: 'Nếu website từng bị thu hồi nhãn, đã qua ít nhất mười hai tháng kể từ ngày thu hồi.',
      },
      assessment: { method: 'judgement' },
      source: `${SW}, principle 1, item 4 (partly confirmed: the published wording is ambiguous; this reading is CrossTrust's)`,
    },
    {
      id: 'VN-85-FOREIGN',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'A foreign seller whose website targets Viet Nam (.vn domain, Vietnamese-language content, or more than 100,000 transactions a year from Viet Nam) has registered with the Ministry of Industry and Trade and has a representative office or an authorised representative in Viet Nam.',
        vi: 'Thương nhân nước ngoài có website hướng tới Việt Nam (dùng tên miền .vn, có nội dung tiếng Việt hoặc có trên 100.000 giao dịch mỗi năm từ Việt Nam) đã đăng ký với Bộ Công Thương và có văn phòng đại diện hoặc người đại diện theo ủy quyền tại Việt Nam.',
      },
      guidance: {
        en: 'Applies only to foreign traders and organisations; record it as not applicable for Vietnamese merchants.',
        vi: 'Chỉ áp dụng với thương nhân, tổ chức nước ngoài; ghi nhận là không áp dụng với thương nhân Việt Nam.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Registration confirmation from the Ministry and the licence of the representative office or the authorisation of the representative.',
          vi: 'Xác nhận đăng ký của Bộ Công Thương và giấy phép văn phòng đại diện hoặc văn bản ủy quyền cho người đại diện.',
        },
      },
      source: `${D52}, cross-border provisions added by Decree 85/2021 (in force 1 January 2022)`,
    },
    // Mandatory website information — owner (Art. 29)
    {
      id: 'VN-52-29.1-NAME',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The website displays the name of the trader or organisation that owns it, or the full name of the individual owner.',
        vi: 'Website hiển thị tên thương nhân, tổ chức sở hữu website hoặc họ tên của cá nhân sở hữu website.',
      },
      assessment: { method: 'automated', checkId: 'business-name' },
      source: `${D52}, Art. 29(1)`,
    },
    {
      id: 'VN-52-29.1-ADDRESS',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The website displays the head-office address of the trader or organisation, or the permanent address of the individual owner, and it matches the registration documents.',
        vi: 'Website hiển thị địa chỉ trụ sở của thương nhân, tổ chức hoặc địa chỉ thường trú của cá nhân, khớp với giấy tờ đăng ký.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Registration document showing the registered address, compared with the address on the website.',
          vi: 'Giấy tờ đăng ký thể hiện địa chỉ đã đăng ký, được đối chiếu với địa chỉ trên website.',
        },
      },
      source: `${D52}, Art. 29(1)`,
    },
    {
      id: 'VN-52-29.2',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The website displays the business registration number with its date and place of issue (or the number, date and issuer of an organisation’s establishment decision, or an individual’s personal tax code).',
        vi: 'Website hiển thị số giấy chứng nhận đăng ký kinh doanh kèm ngày cấp và nơi cấp (hoặc số, ngày và cơ quan ban hành quyết định thành lập của tổ chức, hoặc mã số thuế cá nhân).',
      },
      guidance: {
        en: 'The automated check finds the number; the assessor confirms the date and place of issue against the certificate.',
        vi: 'Kiểm tra tự động tìm thấy số đăng ký; người thẩm định xác nhận ngày cấp và nơi cấp theo giấy chứng nhận.',
      },
      assessment: { method: 'automated', checkId: 'registration-number' },
      source: `${D52}, Art. 29(2)`,
    },
    {
      id: 'VN-52-29.3',
      category: 'disclosure',
      level: 'mandatory',
      text: {
        en: 'The website gives a telephone number or another way to contact the owner online.',
        vi: 'Website cung cấp số điện thoại hoặc một phương thức liên hệ trực tuyến khác với chủ sở hữu.',
      },
      assessment: { method: 'automated', checkId: 'contact-page' },
      source: `${D52}, Art. 29(3)`,
    },
    // Goods and services (Art. 30)
    {
      id: 'VN-52-30',
      category: 'consumer-information',
      level: 'mandatory',
      text: {
        en: 'Product and service pages give enough information for customers to identify exactly what is offered and avoid misunderstanding, including the contents required on the goods’ label.',
        vi: 'Trang hàng hóa, dịch vụ cung cấp đủ thông tin để khách hàng xác định chính xác đặc tính của hàng hóa, dịch vụ và tránh hiểu lầm, bao gồm các nội dung bắt buộc trên nhãn hàng hóa.',
      },
      assessment: { method: 'judgement' },
      source: `${D52}, Art. 30 as amended (label contents partly confirmed from a secondary summary of Decree 85; exact article wording not retrieved)`,
    },
    {
      id: 'VN-52-30.C',
      category: 'consumer-information',
      level: 'mandatory',
      text: {
        en: 'For goods or services subject to business conditions, the website shows the number, date and place of issue of the certificate of eligibility or licence.',
        vi: 'Với hàng hóa, dịch vụ kinh doanh có điều kiện, website hiển thị số, ngày cấp và nơi cấp của giấy chứng nhận đủ điều kiện kinh doanh hoặc giấy phép.',
      },
      guidance: {
        en: 'Record as not applicable when no conditional goods or services are sold. Goods that may not be sold through websites at all (e.g. tobacco, alcohol) are a refusal reason; check that list against current law.',
        vi: 'Ghi nhận là không áp dụng nếu website không kinh doanh hàng hóa, dịch vụ có điều kiện. Hàng hóa không được bán qua website (ví dụ thuốc lá, rượu) là lý do từ chối; cần đối chiếu danh mục này với pháp luật hiện hành.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Copy of each certificate of eligibility or licence for the conditional goods or services offered.',
          vi: 'Bản sao giấy chứng nhận đủ điều kiện hoặc giấy phép cho từng loại hàng hóa, dịch vụ kinh doanh có điều kiện.',
        },
      },
      source: `${D52}, Art. 30; Circular 47/2014/TT-BCT as amended by Circular 01/2022/TT-BCT`,
    },
    // Prices (Art. 31)
    {
      id: 'VN-52-31-CURRENCY',
      category: 'consumer-information',
      level: 'mandatory',
      text: {
        en: 'Every price offered is shown with its currency.',
        vi: 'Mọi mức giá chào bán đều được hiển thị kèm đơn vị tiền tệ.',
      },
      assessment: { method: 'automated', checkId: 'prices-with-currency' },
      source: `${D52}, Art. 31`,
    },
    {
      id: 'VN-52-31.1',
      category: 'consumer-information',
      level: 'mandatory',
      text: {
        en: 'The website states clearly whether prices include taxes, packaging, delivery and any other costs; where it says nothing, the listed price must cover them all.',
        vi: 'Website nêu rõ giá đã bao gồm thuế, chi phí đóng gói, vận chuyển và các chi phí khác hay chưa; nếu không nêu, giá niêm yết phải bao gồm toàn bộ các chi phí đó.',
      },
      assessment: { method: 'judgement' },
      source: `${D52}, Art. 31(1) (partly confirmed) and Art. 31(2)`,
    },
    // General transaction conditions (Art. 32)
    {
      id: 'VN-52-32-TERMS',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'The general transaction conditions are published, including any limits on supply (period, area) and the obligations of seller and customer.',
        vi: 'Website công bố các điều kiện giao dịch chung, bao gồm giới hạn cung cấp (thời gian, phạm vi địa lý) nếu có và nghĩa vụ của người bán, của khách hàng.',
      },
      assessment: { method: 'automated', checkId: 'terms-page' },
      source: `${D52}, Art. 32 (list of conditions not confirmed against the official text)`,
    },
    {
      id: 'VN-52-32-RETURNS',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'A return and refund policy is published: return period, how to return or exchange, how money is refunded and who pays the cost of returning.',
        vi: 'Website công bố chính sách đổi trả và hoàn tiền: thời hạn đổi trả, cách thức trả hoặc đổi hàng, cách hoàn tiền và bên chịu chi phí trả hàng.',
      },
      assessment: { method: 'automated', checkId: 'returns-page' },
      source: `${D52}, Art. 32 (list of conditions not confirmed against the official text)`,
    },
    {
      id: 'VN-52-32.K',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'A goods-inspection policy is published, saying whether and how the customer may inspect goods on delivery.',
        vi: 'Website công bố chính sách kiểm hàng, nêu rõ khách hàng có được kiểm tra hàng khi nhận hay không và cách thức kiểm tra.',
      },
      assessment: { method: 'judgement' },
      source: `${D52}, Art. 32 as amended by Decree 85/2021 (goods-inspection policy added)`,
    },
    {
      id: 'VN-52-32-WARRANTY',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'Where a warranty is offered, its conditions, period, place and procedure are published.',
        vi: 'Trường hợp có bảo hành, website công bố điều kiện, thời hạn, địa điểm và thủ tục bảo hành.',
      },
      assessment: { method: 'judgement' },
      source: `${D52}, Art. 32 (not confirmed against the official text); Law 59/2010 on Protection of Consumer Rights, Art. 12`,
    },
    // Delivery and payment (Arts. 33–34)
    {
      id: 'VN-52-33',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'The website describes delivery methods, the estimated delivery time and any geographic limits, and says the customer will be told promptly of delays and may then cancel.',
        vi: 'Website mô tả phương thức giao hàng, thời hạn giao hàng dự kiến và giới hạn địa lý nếu có, đồng thời cam kết thông báo kịp thời cho khách hàng khi giao chậm và cho phép khách hàng hủy đơn.',
      },
      assessment: { method: 'judgement' },
      source: `${D52}, Art. 33 (partly confirmed: structure from secondary sources)`,
    },
    {
      id: 'VN-52-34',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'Every accepted payment method is listed with a clear explanation of how it works.',
        vi: 'Website liệt kê mọi phương thức thanh toán được chấp nhận kèm giải thích rõ ràng về từng phương thức.',
      },
      assessment: { method: 'judgement' },
      source: `${D52}, Art. 34 (article text not retrieved)`,
    },
    // Aspect 3 — concluding contracts
    {
      id: 'VN-52-18',
      category: 'transaction',
      level: 'mandatory',
      text: {
        en: 'Before placing an order the customer can review and confirm it (goods, quantity, delivery method and time, total value, payment details) and can still cancel.',
        vi: 'Trước khi đặt hàng, khách hàng được xem lại và xác nhận đơn hàng (hàng hóa, số lượng, phương thức và thời gian giao hàng, tổng giá trị, chi tiết thanh toán) và vẫn có thể hủy.',
      },
      assessment: { method: 'judgement' },
      source: `SafeWeb principle 3 (concluding contracts; criteria not retrieved); ${D52}, Art. 18`,
    },
    {
      id: 'VN-55-LANGUAGE',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'Contracts, standard forms and general transaction conditions are available in Vietnamese and are clear and easy to read.',
        vi: 'Hợp đồng, hợp đồng theo mẫu và điều kiện giao dịch chung được thể hiện bằng tiếng Việt, rõ ràng và dễ đọc.',
      },
      assessment: { method: 'judgement' },
      source: 'Decree 55/2024/ND-CP guiding Law 19/2023/QH15 on Protection of Consumer Rights',
    },
    // Aspect 2 — personal information protection
    {
      id: 'VN-SW-5',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'A privacy policy exists and is placed where customers easily see it.',
        vi: 'Website có chính sách bảo vệ thông tin cá nhân và đặt ở vị trí khách hàng dễ thấy.',
      },
      assessment: { method: 'automated', checkId: 'privacy-page' },
      source: `${SW}, principle 2, item 5`,
    },
    {
      id: 'VN-SW-6',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'The privacy policy tells customers that personal data is collected, how it is collected, which data is collected and the purpose of each item.',
        vi: 'Chính sách bảo vệ thông tin cá nhân thông báo cho khách hàng việc thu thập thông tin, cách thức thu thập, loại thông tin được thu thập và mục đích sử dụng của từng loại.',
      },
      assessment: { method: 'judgement' },
      source: `${SW}, principle 2, item 6`,
    },
    {
      id: 'VN-SW-7',
      category: 'security',
      level: 'mandatory',
      text: {
        en: 'The merchant states the safeguards it applies to the personal data it collects.',
        vi: 'Thương nhân công bố các biện pháp bảo đảm an toàn đối với thông tin cá nhân đã thu thập.',
      },
      assessment: { method: 'judgement' },
      source: `${SW}, principle 2, item 7`,
    },
    {
      id: 'VN-SW-7-HTTPS',
      category: 'security',
      level: 'mandatory',
      text: {
        en: 'All pages, and in particular those collecting personal or payment data, are served over HTTPS with a valid certificate.',
        vi: 'Mọi trang, đặc biệt là các trang thu thập thông tin cá nhân hoặc thông tin thanh toán, được cung cấp qua HTTPS với chứng chỉ SSL/TLS hợp lệ.',
      },
      assessment: { method: 'automated', checkId: 'https' },
      source: `${SW}, principle 2, item 7 (safeguards); the Tín nhiệm mạng label (tinnhiemmang.vn) also requires a valid SSL/TLS certificate`,
    },
    {
      id: 'VN-SW-7-MIXED',
      category: 'security',
      level: 'recommended',
      text: {
        en: 'HTTPS pages load no scripts, images or forms over plain HTTP.',
        vi: 'Trang HTTPS không tải tập lệnh, hình ảnh hoặc biểu mẫu qua HTTP không mã hóa.',
      },
      assessment: { method: 'automated', checkId: 'mixed-content' },
      source: `${SW}, principle 2, item 7 (safeguards; technical reading by CrossTrust)`,
    },
    {
      id: 'VN-SW-8',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'Customers can check, correct or edit, and delete their personal data.',
        vi: 'Khách hàng có thể kiểm tra, cập nhật, điều chỉnh và xóa thông tin cá nhân của mình.',
      },
      assessment: { method: 'judgement' },
      source: `${SW}, principle 2, item 8`,
    },
    {
      id: 'VN-SW-9',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'Customers can choose whether their data is collected and used, and whether it is disclosed to third parties.',
        vi: 'Khách hàng được lựa chọn việc cho phép thu thập, sử dụng thông tin cá nhân và việc tiết lộ thông tin cho bên thứ ba.',
      },
      assessment: { method: 'judgement' },
      source: `${SW}, principle 2, item 9`,
    },
    {
      id: 'VN-SW-10',
      category: 'privacy',
      level: 'mandatory',
      text: {
        en: 'Data processors and contract partners are bound to protect the data against loss, unauthorised access, use, alteration, disclosure or misuse.',
        vi: 'Bên xử lý dữ liệu và đối tác hợp đồng có nghĩa vụ bảo vệ thông tin khỏi bị mất, truy cập, sử dụng, thay đổi, tiết lộ trái phép hoặc bị lạm dụng.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'Data-protection clauses in the contracts with processors and partners, or the data-processing agreements themselves.',
          vi: 'Điều khoản bảo vệ dữ liệu trong hợp đồng với bên xử lý và đối tác, hoặc thỏa thuận xử lý dữ liệu.',
        },
      },
      source: `${SW}, principle 2, item 10`,
    },
    {
      id: 'VN-52-72',
      category: 'security',
      level: 'mandatory',
      text: {
        en: 'The merchant has a procedure to notify the competent authority within 24 hours of discovering an attack that puts consumers’ personal data at risk.',
        vi: 'Thương nhân có quy trình thông báo cho cơ quan có thẩm quyền trong vòng 24 giờ kể từ khi phát hiện hệ thống bị tấn công gây nguy cơ lộ thông tin cá nhân của người tiêu dùng.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'The merchant’s written security-incident response procedure.',
          vi: 'Quy trình ứng phó sự cố an toàn thông tin bằng văn bản của thương nhân.',
        },
      },
      source: `${D52}, Art. 72(3) (partly confirmed: time limit from a secondary source)`,
    },
    // Aspect 4 — truthful advertising
    {
      id: 'VN-SW-P4',
      category: 'fair-practices',
      level: 'mandatory',
      text: {
        en: 'Advertising, promotions and product claims on the website are truthful and not misleading, and customer reviews are genuine.',
        vi: 'Quảng cáo, khuyến mại và thông tin giới thiệu sản phẩm trên website trung thực, không gây nhầm lẫn, và đánh giá của khách hàng là thật.',
      },
      assessment: { method: 'judgement' },
      source:
        'SafeWeb operating principle 4, truthful advertising (safeweb.vn; detailed criteria not retrieved)',
    },
    // Aspect 5 — complaint handling
    {
      id: 'VN-SW-P5-PAGE',
      category: 'dispute-resolution',
      level: 'mandatory',
      text: {
        en: 'The website publishes how customers can complain and how complaints are handled.',
        vi: 'Website công bố cách thức khách hàng gửi khiếu nại và quy trình giải quyết khiếu nại.',
      },
      assessment: { method: 'automated', checkId: 'complaints-page' },
      source:
        'SafeWeb operating principle 5, complaint handling (safeweb.vn; detailed criteria not retrieved)',
    },
    {
      id: 'VN-SW-P5-PROCEDURE',
      category: 'dispute-resolution',
      level: 'mandatory',
      text: {
        en: 'The merchant has an internal complaint procedure with a named contact and response deadlines that respect the legal time limits.',
        vi: 'Thương nhân có quy trình giải quyết khiếu nại nội bộ, có đầu mối phụ trách và thời hạn phản hồi phù hợp với thời hạn pháp luật quy định.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'The written complaint-handling procedure and the name of the person responsible.',
          vi: 'Quy trình giải quyết khiếu nại bằng văn bản và tên người phụ trách.',
        },
      },
      source:
        'SafeWeb operating principle 5 (safeweb.vn); Law 19/2023/QH15 on Protection of Consumer Rights, Art. 57 (seven working days)',
    },
    {
      id: 'VN-SW-P5-COOPERATION',
      category: 'dispute-resolution',
      level: 'mandatory',
      text: {
        en: 'The merchant agrees to take part in complaint resolution run by the label operator, including cross-border complaints passed on by partner operators of the World Trustmark Alliance.',
        vi: 'Thương nhân cam kết tham gia giải quyết khiếu nại do tổ chức cấp nhãn điều phối, kể cả khiếu nại xuyên biên giới do các tổ chức đối tác trong Liên minh Nhãn tín nhiệm Thế giới chuyển đến.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'The signed labelling contract and its annexes.',
          vi: 'Hợp đồng gắn nhãn đã ký và các phụ lục kèm theo.',
        },
      },
      source: `${SW_RULES} (contract with four annexes; SafeWeb complaint rules not retrieved); CrossTrust digest 000 (WTA cross-border complaint cooperation)`,
    },
    // Monitoring
    {
      id: 'VN-SEAL',
      category: 'monitoring',
      level: 'mandatory',
      text: {
        en: 'Once issued, the trustmark seal is shown on the registered website and links to its verification page.',
        vi: 'Sau khi được cấp, nhãn tín nhiệm được gắn trên website đã đăng ký và liên kết tới trang xác thực.',
      },
      assessment: { method: 'automated', checkId: 'seal-embedded' },
      source: `${SW_RULES}, step 5 (label issued on the registered website); TrustVN history (logo linked to a verification page)`,
    },
    {
      id: 'VN-MONITORING',
      category: 'monitoring',
      level: 'mandatory',
      text: {
        en: 'The merchant accepts that the label is valid for one year and that the operator may re-check the website without notice, up to twice a year.',
        vi: 'Thương nhân chấp nhận nhãn có hiệu lực một năm và tổ chức cấp nhãn có thể kiểm tra lại website không báo trước, tối đa hai lần mỗi năm.',
      },
      assessment: {
        method: 'documentary',
        evidence: {
          en: 'The signed labelling contract.',
          vi: 'Hợp đồng gắn nhãn đã ký.',
        },
      },
      source: `${SW_RULES} (validity and unannounced re-checks)`,
    },
  ],
});
