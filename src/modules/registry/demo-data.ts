import type { PartyKind } from './schema.ts';

/**
 * Fictional businesses for the demo node, two to seven per ASEAN economy. Names and domains are invented;
 * identifiers are generated valid for their scheme (see seed.ts), so they resolve to no real company.
 */
export interface DemoParty {
  kind: PartyKind;
  economy: string;
  name: string;
  nameLatin?: string;
  city: string;
  websites: string[];
  /** Extra identifier schemes to generate besides the economy's primary register number. */
  extra?: string[];
}

export const DEMO_PARTIES: DemoParty[] = [
  { kind: 'operator', economy: 'VN', name: 'Trung tâm Tín nhiệm Thương mại điện tử (demo)', nameLatin: 'E-commerce Trust Centre (demo)', city: 'Hà Nội', websites: ['tinnhiem-demo.vn'] },
  { kind: 'merchant', economy: 'VN', name: 'Công ty TNHH Thời trang Sài Gòn Xanh', nameLatin: 'Saigon Xanh Fashion Co., Ltd', city: 'Thành phố Hồ Chí Minh', websites: ['saigonxanh.vn', 'www.saigonxanh.vn'], extra: ['lei'] },
  { kind: 'merchant', economy: 'VN', name: 'Công ty Cổ phần Cà phê Đắk Lắk Việt', nameLatin: 'Dak Lak Viet Coffee JSC', city: 'Buôn Ma Thuột', websites: ['caphedaklakviet.com.vn'], extra: ['gln'] },
  { kind: 'merchant', economy: 'VN', name: 'Công ty TNHH Gốm sứ Bát Tràng Hồng', nameLatin: 'Bat Trang Hong Ceramics Co., Ltd', city: 'Hà Nội', websites: ['gomsubattranghong.vn'] },
  { kind: 'marketplace', economy: 'VN', name: 'Công ty Cổ phần Chợ Số Việt', nameLatin: 'Cho So Viet JSC', city: 'Hà Nội', websites: ['chosoviet.vn'], extra: ['lei'] },
  { kind: 'logistics', economy: 'VN', name: 'Công ty Cổ phần Giao Vận Nhanh Bắc Nam', nameLatin: 'Bac Nam Express Logistics JSC', city: 'Đà Nẵng', websites: ['giaovanbacnam.vn'], extra: ['gln'] },
  { kind: 'payment', economy: 'VN', name: 'Công ty Cổ phần Ví Điện tử Sen Vàng', nameLatin: 'Sen Vang E-Wallet JSC', city: 'Hà Nội', websites: ['visenvang.vn'], extra: ['lei'] },
  { kind: 'merchant', economy: 'SG', name: 'Lion City Gadgets Pte. Ltd.', city: 'Singapore', websites: ['lioncitygadgets.sg'], extra: ['lei'] },
  { kind: 'marketplace', economy: 'SG', name: 'Merlion Marketplace Pte. Ltd.', city: 'Singapore', websites: ['merlionmarket.com.sg'], extra: ['lei', 'gln'] },
  { kind: 'logistics', economy: 'SG', name: 'Straits Express Logistics Pte. Ltd.', city: 'Singapore', websites: ['straitsexpress.com.sg'] },
  { kind: 'merchant', economy: 'TH', name: 'บริษัท ผ้าไหมสยาม จำกัด', nameLatin: 'Siam Silk Co., Ltd.', city: 'กรุงเทพมหานคร', websites: ['siamsilk-demo.co.th'] },
  { kind: 'marketplace', economy: 'TH', name: 'บริษัท ตลาดดิจิทัล จำกัด', nameLatin: 'Talad Digital Co., Ltd.', city: 'กรุงเทพมหานคร', websites: ['taladdigital.co.th'], extra: ['lei'] },
  { kind: 'logistics', economy: 'TH', name: 'บริษัท ขนส่งด่วนเจ้าพระยา จำกัด', nameLatin: 'Chao Phraya Express Co., Ltd.', city: 'นนทบุรี', websites: ['chaophrayaexpress.co.th'] },
  { kind: 'merchant', economy: 'MY', name: 'Batik Nusantara Sdn. Bhd.', city: 'Kuala Lumpur', websites: ['batiknusantara.com.my'] },
  { kind: 'marketplace', economy: 'MY', name: 'Pasar Maya Sdn. Bhd.', city: 'Petaling Jaya', websites: ['pasarmaya.my'], extra: ['lei'] },
  { kind: 'payment', economy: 'MY', name: 'Kilat Bayar Sdn. Bhd.', city: 'Kuala Lumpur', websites: ['kilatbayar.com.my'] },
  { kind: 'merchant', economy: 'ID', name: 'PT Kopi Nusantara Jaya', city: 'Jakarta', websites: ['kopinusantarajaya.co.id'], extra: ['id-npwp'] },
  { kind: 'marketplace', economy: 'ID', name: 'PT Pasar Digital Indonesia', city: 'Jakarta', websites: ['pasardigital-demo.id'], extra: ['id-npwp', 'lei'] },
  { kind: 'logistics', economy: 'ID', name: 'PT Kirim Cepat Logistik', city: 'Surabaya', websites: ['kirimcepat.co.id'], extra: ['id-npwp'] },
  { kind: 'merchant', economy: 'PH', name: 'Manila Handicrafts Inc.', city: 'Makati', websites: ['manilahandicrafts.com.ph'], extra: ['ph-tin'] },
  { kind: 'payment', economy: 'PH', name: 'Bayanihan Pay Inc.', city: 'Taguig', websites: ['bayanihanpay.ph'], extra: ['ph-tin', 'lei'] },
  { kind: 'logistics', economy: 'PH', name: 'Luzon Cargo Express Corp.', city: 'Pasay', websites: ['luzoncargo.com.ph'], extra: ['ph-tin'] },
  { kind: 'merchant', economy: 'BN', name: 'Syarikat Kraf Brunei Sdn Bhd', city: 'Bandar Seri Begawan', websites: ['krafbrunei.com.bn'] },
  { kind: 'marketplace', economy: 'BN', name: 'Bandar Online Trading Sdn Bhd', city: 'Bandar Seri Begawan', websites: ['bandaronline.com.bn'] },
  { kind: 'merchant', economy: 'KH', name: 'ក្រុមហ៊ុន សូត្រអង្គរ ឯ.ក', nameLatin: 'Angkor Silk Co., Ltd.', city: 'ភ្នំពេញ', websites: ['angkorsilk-demo.com.kh'], extra: ['kh-tin'] },
  { kind: 'payment', economy: 'KH', name: 'Mekong Pay Plc.', city: 'Phnom Penh', websites: ['mekongpay.com.kh'], extra: ['kh-tin'] },
  { kind: 'merchant', economy: 'LA', name: 'ບໍລິສັດ ຫັດຖະກຳລາວ ຈຳກັດ', nameLatin: 'Lao Handicraft Co., Ltd.', city: 'ນະຄອນຫຼວງວຽງຈັນ', websites: ['laohandicraft.la'] },
  { kind: 'logistics', economy: 'LA', name: 'Vientiane Logistics Sole Co., Ltd.', city: 'Vientiane', websites: ['vientianelogistics.la'] },
  { kind: 'merchant', economy: 'MM', name: 'မြန်မာ့လက်မှုပစ္စည်း ကုမ္ပဏီလီမိတက်', nameLatin: 'Myanmar Crafts Company Limited', city: 'ရန်ကုန်', websites: ['myanmarcrafts.com.mm'] },
  { kind: 'logistics', economy: 'MM', name: 'Yangon Express Delivery Co., Ltd.', city: 'Yangon', websites: ['yangonexpress.com.mm'] },
];
