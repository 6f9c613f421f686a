import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, type NewParty, type PartyKind, PRIMARY_SCHEME, type Problem, toProblem } from '../../api.ts';
import {
  AddressEditor,
  type AddressRows,
  type ContactRow,
  ContactsEditor,
  EMPTY_ADDRESS,
  fromAddressRows,
  fromContactRows,
  type IdentifierRow,
  IdentifiersEditor,
  keep,
  remapProblem,
  WebsitesEditor,
} from '../../components/editors.tsx';
import { Field, SubmitButton, TextInput } from '../../components/form.tsx';
import { Breadcrumb } from '../../components/layout.tsx';
import { EconomyOptions, KindSelect } from '../../components/party.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import { useSchemes } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

const PRIMARY_SCHEMES = new Set(Object.values(PRIMARY_SCHEME));

export function NewPartyPage() {
  const { t } = useI18n();
  useTitle(t('newParty.title'));
  const navigate = useNavigate();
  const schemes = useSchemes();
  const [kind, setKind] = useState<PartyKind>('merchant');
  const [economy, setEconomy] = useState('VN');
  const [name, setName] = useState('');
  const [nameLatin, setNameLatin] = useState('');
  const [address, setAddress] = useState<AddressRows>(EMPTY_ADDRESS);
  const [contacts, setContacts] = useState<ContactRow[]>([{ type: 'email', value: '', label: '' }]);
  const [identifiers, setIdentifiers] = useState<IdentifierRow[]>([{ scheme: 'vn-mst', value: '' }]);
  const [websites, setWebsites] = useState<string[]>(['']);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const primary = PRIMARY_SCHEME[economy] ?? '';

  const changeEconomy = (next: string) => {
    setEconomy(next);
    // The first row follows the economy's register while it is still a register row the person has not filled in.
    setIdentifiers((rows) =>
      rows.map((r, i) =>
        i === 0 && r.value.trim() === '' && PRIMARY_SCHEMES.has(r.scheme)
          ? { ...r, scheme: PRIMARY_SCHEME[next] ?? r.scheme }
          : r,
      ),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sentContacts = fromContactRows(contacts);
    const sentIdentifiers = keep(identifiers, (r) => r.value.trim() !== '');
    const sentWebsites = keep(websites, (w) => w.trim() !== '');
    const lists = {
      contacts: sentContacts.rows,
      identifiers: sentIdentifiers.rows,
      websites: sentWebsites.rows,
    };
    const input: NewParty = {
      kind,
      name: name.trim(),
      nameLatin: nameLatin.trim() || null,
      homeEconomy: economy,
      address: fromAddressRows(address, economy),
      contacts: sentContacts.items,
      identifiers: sentIdentifiers.items.map((r) => ({ scheme: r.scheme, value: r.value.trim() })),
      websites: sentWebsites.items.map((w) => w.trim()),
    };
    setBusy(true);
    setProblem(null);
    try {
      const party = await api.createParty(input);
      navigate(`/console/parties/${party.id}`, { state: { flash: 'created' } });
    } catch (error) {
      setProblem(remapProblem(toProblem(error), lists));
      setBusy(false);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };

  return (
    <>
      <Breadcrumb to="/console">{t('console.parties')}</Breadcrumb>
      <h1>{t('newParty.title')}</h1>
      <p className="muted">{t('newParty.intro')}</p>
      <form className="stack form-wide" onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} />
        <fieldset className="fieldset">
          <legend>{t('newParty.basics')}</legend>
          <div className="form-row">
            <Field label={t('newParty.kind')} location="kind" errors={errorsAt(problem, 'kind')}>
              {(control) => <KindSelect {...control} value={kind} onChange={setKind} />}
            </Field>
            <Field
              label={t('newParty.economy')}
              location="homeEconomy"
              errors={errorsAt(problem, 'homeEconomy')}
            >
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={economy}
                  onChange={(e) => changeEconomy(e.target.value)}
                >
                  <EconomyOptions />
                </select>
              )}
            </Field>
          </div>
          <Field
            label={t('newParty.name')}
            location="name"
            hint={t('newParty.nameHint')}
            errors={errorsAt(problem, 'name')}
          >
            {(control) => <TextInput {...control} value={name} onChange={setName} required />}
          </Field>
          <Field
            label={t('newParty.nameLatin')}
            location="nameLatin"
            hint={t('newParty.nameLatinHint')}
            optional
            errors={errorsAt(problem, 'nameLatin')}
          >
            {(control) => <TextInput {...control} value={nameLatin} onChange={setNameLatin} />}
          </Field>
        </fieldset>
        <IdentifiersEditor
          rows={identifiers}
          onChange={setIdentifiers}
          problem={problem}
          schemes={schemes}
          primaryScheme={primary}
        />
        <WebsitesEditor rows={websites} onChange={setWebsites} problem={problem} />
        <AddressEditor rows={address} onChange={setAddress} problem={problem} />
        <ContactsEditor rows={contacts} onChange={setContacts} problem={problem} />
        <div className="form-actions">
          <SubmitButton busy={busy} className="button button-large">
            {t('newParty.submit')}
          </SubmitButton>
          <Link to="/console" className="button button-ghost">
            {t('app.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
