import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ROLES } from '../../auth/permissions';
import { useViewer } from '../../auth/viewer';
import { AccessMessage, ActionError } from '../../components/AccessMessage';
import { LoadingState, QueryBoundary } from '../../components/QueryState';
import type { Role, UserAdminFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { fieldProblems } from '../../lib/graphql-errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCreateApiTokenMutation, useCreateUserMutation, useRevokeApiTokenMutation, useUpdateUserMutation, useUsersQuery } from './user-queries';

type Message = { kind: 'done'; text: string } | { kind: 'error'; error: CombinedError };

/** Users (admins): who may sign in in which role, and API tokens for scripted loads. */
export function UsersView() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  const { viewer, loading, can } = useViewer();
  return (
    <div className="view view--users">
      <header className="view-header">
        <h1>{t('users.title')}</h1>
      </header>
      {loading ? <LoadingState /> : can('MANAGE_USERS') ? <UsersContainer /> : <AccessMessage problem={viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED'} needs="MANAGE_USERS" />}
    </div>
  );
}

function UsersContainer() {
  const { t } = useTranslation();
  const [result, reexecute] = useUsersQuery();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const [message, setMessage] = useState<Message | null>(null);
  const [created, setCreated] = useState<{ username: string; name: string; token: string } | null>(null);
  const report = (next: Message) => {
    setMessage(next);
    if (next.kind === 'done') refresh();
  };
  return (
    <>
      {created && <CreatedToken {...created} onDismiss={() => setCreated(null)} />}
      {message &&
        (message.kind === 'done' ? (
          <p className="state state--success" role="status">
            {message.text}
          </p>
        ) : (
          <ActionError error={message.error} needs="MANAGE_USERS" />
        ))}
      <QueryBoundary result={result} onRetry={refresh}>
        {(data) => (
          <UsersTable
            users={data.users}
            onReport={report}
            onTokenCreated={(user, name, token) => {
              setCreated({ username: user.username, name, token });
              refresh();
            }}
          />
        )}
      </QueryBoundary>
      <CreateUserForm onCreated={(user) => report({ kind: 'done', text: t('users.created', { username: user.username }) })} />
    </>
  );
}

function UsersTable({
  users,
  onReport,
  onTokenCreated,
}: {
  users: ReadonlyArray<UserAdminFieldsFragment>;
  onReport: (message: Message) => void;
  onTokenCreated: (user: UserAdminFieldsFragment, name: string, token: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table users-table" data-testid="users-table">
        <caption className="visually-hidden">{t('users.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.username')}</th>
            <th scope="col">{t('users.displayName')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.state')}</th>
            <th scope="col">{t('users.apiTokens')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} onReport={onReport} onTokenCreated={onTokenCreated} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UserRow({
  user,
  onReport,
  onTokenCreated,
}: {
  user: UserAdminFieldsFragment;
  onReport: (message: Message) => void;
  onTokenCreated: (user: UserAdminFieldsFragment, name: string, token: string) => void;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  // A role picked but not saved belongs to the role it was picked over: once the saved role changes
  // (this save, or another admin's), the select shows the saved one again.
  const [choice, setChoice] = useState<{ over: Role; role: Role } | null>(null);
  const role = choice?.over === user.role ? choice.role : user.role;
  const [{ fetching }, updateUser] = useUpdateUserMutation();
  const self = viewer?.id === user.id;

  const update = async (input: { role?: Role; disabled?: boolean }, done: string) => {
    const result = await updateUser({ id: user.id, input });
    onReport(result.error ? { kind: 'error', error: result.error } : { kind: 'done', text: done });
  };

  return (
    <tr data-username={user.username}>
      <th scope="row">
        <code>{user.username}</code>
        {self && <span className="muted"> ({t('users.you')})</span>}
      </th>
      <td>{user.displayName}</td>
      <td>
        <div className="inline-form">
          <label className="visually-hidden" htmlFor={`role-${user.id}`}>
            {t('users.roleOf', { username: user.username })}
          </label>
          <select id={`role-${user.id}`} value={role} disabled={self || fetching} onChange={(event) => setChoice({ over: user.role, role: event.target.value as Role })}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`role.${option}`)}
              </option>
            ))}
          </select>
          {role !== user.role && (
            <button
              type="button"
              className="button button--small"
              disabled={fetching}
              onClick={() => update({ role }, t('users.roleChanged', { username: user.username, role: t(`role.${role}`) }))}
            >
              {t('users.saveRole')}
            </button>
          )}
        </div>
      </td>
      <td>
        {user.disabled ? t('users.disabled') : t('users.active')}{' '}
        {!self && (
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={fetching}
            aria-label={`${user.disabled ? t('users.enable') : t('users.disable')}: ${user.username}`}
            onClick={() =>
              update({ disabled: !user.disabled }, user.disabled ? t('users.enabledDone', { username: user.username }) : t('users.disabledDone', { username: user.username }))
            }
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </button>
        )}
      </td>
      <td>
        <ApiTokens user={user} onReport={onReport} onCreated={(name, token) => onTokenCreated(user, name, token)} />
      </td>
    </tr>
  );
}

function ApiTokens({ user, onReport, onCreated }: { user: UserAdminFieldsFragment; onReport: (message: Message) => void; onCreated: (name: string, token: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [{ fetching: creating }, createApiToken] = useCreateApiTokenMutation();
  const [{ fetching: revoking }, revokeApiToken] = useRevokeApiTokenMutation();
  const inputId = `token-name-${user.id}`;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameProblem(t('users.tokenNameRequired'));
      return;
    }
    setNameProblem(null);
    const result = await createApiToken({ input: { userId: user.id, name: name.trim() } });
    if (result.error || !result.data) {
      if (result.error) onReport({ kind: 'error', error: result.error });
      return;
    }
    onCreated(result.data.createApiToken.apiToken.name, result.data.createApiToken.token);
    setName('');
  };

  const revoke = async (token: UserAdminFieldsFragment['apiTokens'][number]) => {
    if (!window.confirm(t('users.revokeConfirm', { name: token.name, username: user.username }))) return;
    const result = await revokeApiToken({ id: token.id });
    onReport(result.error ? { kind: 'error', error: result.error } : { kind: 'done', text: t('users.revoked', { name: token.name }) });
  };

  return (
    <details className="api-tokens">
      <summary aria-label={`${t('users.tokenCount', { count: user.apiTokens.length })}: ${user.username}`}>{t('users.tokenCount', { count: user.apiTokens.length })}</summary>
      {user.apiTokens.length > 0 && (
        <ul className="plain-list api-tokens__list">
          {user.apiTokens.map((token) => (
            <li key={token.id}>
              <strong>{token.name}</strong>{' '}
              <span className="muted">
                {t('users.tokenCreatedAt', { time: format.dateTime(token.createdAt) })} ·{' '}
                {token.lastUsedAt ? t('users.tokenLastUsed', { time: format.dateTime(token.lastUsedAt) }) : t('users.tokenNeverUsed')}
              </span>{' '}
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={revoking}
                onClick={() => revoke(token)}
                aria-label={`${t('users.revoke')}: ${token.name}`}
              >
                {t('users.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={create} noValidate>
        <label htmlFor={inputId}>{t('users.tokenName')}</label>
        <input
          id={inputId}
          type="text"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={nameProblem ? true : undefined}
          aria-describedby={nameProblem ? `${inputId}-error` : undefined}
        />
        <button type="submit" className="button button--small" disabled={creating}>
          {t('users.createToken')}
        </button>
        {nameProblem && (
          <p id={`${inputId}-error`} className="form__error">
            {nameProblem}
          </p>
        )}
      </form>
    </details>
  );
}

/** The new token, shown once: it is not stored in readable form, so it cannot be shown again. */
function CreatedToken({ username, name, token, onDismiss }: { username: string; name: string; token: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="notice notice--token" aria-labelledby="created-token-heading" data-testid="created-token">
      <h2 id="created-token-heading" ref={heading} tabIndex={-1}>
        {t('users.tokenCreatedHeading', { name, username })}
      </h2>
      <p>{t('users.tokenShownOnce')}</p>
      <p className="api-token__value">
        <label htmlFor="created-token-value" className="visually-hidden">
          {t('users.tokenValue')}
        </label>
        <input id="created-token-value" type="text" readOnly value={token} onFocus={(event) => event.target.select()} data-testid="token-value" />
        <button type="button" className="button button--small" onClick={copy}>
          {t('users.copy')}
        </button>
        <span role="status">{copied === 'yes' ? t('users.copied') : copied === 'failed' ? t('users.copyFailed') : ''}</span>
      </p>
      <p>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('users.tokenDismiss')}
        </button>
      </p>
    </section>
  );
}

type NewUser = { username: string; displayName: string; role: Role; password: string };
type NewUserField = keyof NewUser;

function CreateUserForm({ onCreated }: { onCreated: (user: UserAdminFieldsFragment) => void }) {
  const { t } = useTranslation();
  const empty: NewUser = { username: '', displayName: '', role: 'VIEWER', password: '' };
  const [draft, setDraft] = useState<NewUser>(empty);
  const [problems, setProblems] = useState<Partial<Record<NewUserField, string>>>({});
  const [error, setError] = useState<CombinedError | null>(null);
  const [{ fetching }, createUser] = useCreateUserMutation();
  const set = (field: NewUserField, value: string) => setDraft((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const missing: Partial<Record<NewUserField, string>> = {};
    if (!draft.username.trim()) missing.username = t('users.required.username');
    if (!draft.displayName.trim()) missing.displayName = t('users.required.displayName');
    if (!draft.password) missing.password = t('users.required.password');
    setProblems(missing);
    if (Object.keys(missing).length > 0) {
      document.getElementById(`new-user-${Object.keys(missing)[0]}`)?.focus();
      return;
    }
    const result = await createUser({ input: { ...draft, username: draft.username.trim(), displayName: draft.displayName.trim() } });
    if (result.error || !result.data) {
      const fromServer = fieldProblems(result.error);
      const known = (['username', 'displayName', 'role', 'password'] as const).filter((field) => fromServer[field]);
      if (known.length > 0) setProblems(Object.fromEntries(known.map((field) => [field, fromServer[field]])));
      else if (result.error) setError(result.error);
      return;
    }
    setDraft(empty);
    onCreated(result.data.createUser);
  };

  const input = (field: Exclude<NewUserField, 'role'>, type: 'text' | 'password', autoComplete: string) => (
    <div className="form__field">
      <label htmlFor={`new-user-${field}`}>{t(`users.${field}`)}</label>
      {problems[field] && (
        <p id={`new-user-${field}-error`} className="form__error">
          {problems[field]}
        </p>
      )}
      <input
        id={`new-user-${field}`}
        type={type}
        autoComplete={autoComplete}
        value={draft[field]}
        onChange={(event) => set(field, event.target.value)}
        aria-invalid={problems[field] ? true : undefined}
        aria-describedby={problems[field] ? `new-user-${field}-error` : undefined}
        required
      />
    </div>
  );

  return (
    <section className="panel" aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">{t('users.createHeading')}</h2>
      <form className="form form--grid" onSubmit={submit} noValidate>
        {input('username', 'text', 'off')}
        {input('displayName', 'text', 'off')}
        <div className="form__field">
          <label htmlFor="new-user-role">{t('users.role')}</label>
          <select id="new-user-role" value={draft.role} onChange={(event) => set('role', event.target.value)}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        {input('password', 'password', 'new-password')}
        <div className="actions">
          <button type="submit" className="button" disabled={fetching}>
            {t('users.create')}
          </button>
        </div>
      </form>
      {error && <ActionError error={error} needs="MANAGE_USERS" prefix={t('users.createFailed')} />}
    </section>
  );
}
