import { generatePassword } from '../../platform/auth/password.ts';
import type { Role } from '../../platform/auth/roles.ts';
import { createUser, type PublicUser } from '../../platform/auth/service.ts';
import { appendEvent } from '../../platform/bus/index.ts';
import type { Db } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/ids.ts';
import { enqueueMail, type MailMessage } from '../../platform/mail/index.ts';
import type { RegistryService } from './service.ts';
import type { PublicParty } from './types.ts';

export interface MerchantAccount {
  user: PublicUser;
  party: Pick<PublicParty, 'id' | 'name' | 'ubin'>;
  /** Shown once, to whoever created the account; the person must change it at first sign-in. */
  oneTimePassword: string;
}

/** A party by its id or its UBIN, as an operator would type either. */
export function findParty(registry: RegistryService, ref: string): Promise<PublicParty> {
  const trimmed = ref.trim();
  return isUuid(trimmed) ? registry.getParty(trimmed) : registry.lookupByUbin(trimmed);
}

/** The invitation, in English and Vietnamese: a merchant's language is not recorded yet. */
function invitationMail(
  to: string,
  name: string,
  business: string,
  password: string,
  publicUrl: string,
): MailMessage {
  const link = `${publicUrl}/login`;
  return {
    to,
    subject: `Your CrossTrust account for ${business} / Tài khoản CrossTrust của ${business}`,
    text: [
      `Hello ${name},`,
      `An account has been opened for you to act for ${business}: its websites and their seals, trustmark applications and complaints.`,
      `Sign in at ${link} with this e-mail address and the one-time password ${password}`,
      'You will be asked to choose your own password at once.',
      '',
      `Xin chào ${name},`,
      `Một tài khoản đã được mở để bạn đại diện cho ${business}: website và nhãn tín nhiệm, hồ sơ đề nghị cấp nhãn và khiếu nại.`,
      `Đăng nhập tại ${link} bằng địa chỉ e-mail này và mật khẩu dùng một lần ${password}`,
      'Bạn sẽ được yêu cầu đặt mật khẩu của riêng mình ngay sau đó.',
    ].join('\n'),
  };
}

/**
 * Opens a console account that acts for one business (role merchant unless told otherwise), records it in the
 * business's history and mails the invitation, all in one transaction: no account exists without its
 * invitation queued, and a refused address leaves no account behind.
 */
export async function createMerchantAccount(
  deps: { db: Db; registry: RegistryService; publicUrl: string },
  input: { party: string; email: string; name: string; roles?: Role[]; invite?: boolean },
  actor: string,
): Promise<MerchantAccount> {
  const party = await findParty(deps.registry, input.party);
  const oneTimePassword = generatePassword();
  const user = await deps.db.transaction(async (tx) => {
    const created = await createUser(tx, {
      email: input.email,
      name: input.name,
      password: oneTimePassword,
      roles: input.roles ?? ['merchant'],
      partyId: party.id,
      mustChangePassword: true,
    });
    await appendEvent(tx, {
      subject: 'registry.party.account_created',
      aggregateType: 'party',
      aggregateId: party.id,
      payload: { userId: created.id, email: created.email, roles: created.roles },
      actor,
    });
    if (input.invite !== false)
      await enqueueMail(
        tx,
        invitationMail(created.email, created.name, party.name, oneTimePassword, deps.publicUrl),
      );
    return created;
  });
  return { user, party: { id: party.id, name: party.name, ubin: party.ubin }, oneTimePassword };
}
