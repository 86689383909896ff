import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeReturnTo } from '../../auth/permissions';
import { SignInError, signIn } from '../../auth/session';
import { useSession } from '../../auth/SessionProvider';
import { useViewer } from '../../auth/viewer';
import { useDocumentTitle } from '../../lib/use-document-title';

type FieldName = 'username' | 'password';

/** One form on the page: plain ids, so the error summary's links can point at the fields. */
const idPrefix = 'sign-in';

/**
 * Password sign-in; afterwards back to where the person was (`returnTo`). Errors are named next to
 * their fields and summarised at the top, which takes the focus (GOV.UK's error summary pattern).
 */
export function SignInView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const { viewer } = useViewer();
  const { sessionChanged } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('auth.signInTitle'));

  const hasErrors = failure !== null || Object.keys(fieldErrors).length > 0;
  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [hasErrors]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<FieldName, string>> = {};
    if (!username.trim()) missing.username = t('auth.usernameRequired');
    if (!password) missing.password = t('auth.passwordRequired');
    setFieldErrors(missing);
    setFailure(null);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      await signIn(username.trim(), password);
    } catch (error) {
      setBusy(false);
      setPassword('');
      if (error instanceof SignInError) setFailure(t(`auth.failure.${error.failure}`, { message: error.message }));
      else setFailure(t('auth.failure.server', { message: String(error) }));
      return;
    }
    sessionChanged();
    navigate(returnTo, { replace: true });
  };

  const errorId = (field: FieldName) => `${idPrefix}-${field}-error`;
  return (
    <div className="view view--sign-in">
      <header className="view-header">
        <h1>{t('auth.signInTitle')}</h1>
      </header>
      <div className="sign-in">
        {viewer && (
          <p className="state state--success">
            {t('auth.alreadySignedIn', { name: viewer.displayName, role: t(`role.${viewer.role}`) })}{' '}
            <Link to={returnTo}>{t('auth.continue')}</Link>
          </p>
        )}
        <p>{t('auth.intro')}</p>
        {hasErrors && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={`${idPrefix}-summary`}>
            <h2 id={`${idPrefix}-summary`} className="error-summary__title">
              {t('form.errorSummary')}
            </h2>
            <ul>
              {failure && <li>{failure}</li>}
              {(Object.entries(fieldErrors) as Array<[FieldName, string]>).map(([field, message]) => (
                <li key={field}>
                  <a href={`#${idPrefix}-${field}`}>{message}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <form className="form" onSubmit={submit} noValidate>
          <div className="form__field">
            <label htmlFor={`${idPrefix}-username`}>{t('auth.username')}</label>
            {fieldErrors.username && (
              <p id={errorId('username')} className="form__error">
                {fieldErrors.username}
              </p>
            )}
            <input
              id={`${idPrefix}-username`}
              name="username"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              aria-invalid={fieldErrors.username ? true : undefined}
              aria-describedby={fieldErrors.username ? errorId('username') : undefined}
              required
            />
          </div>
          <div className="form__field">
            <label htmlFor={`${idPrefix}-password`}>{t('auth.password')}</label>
            {fieldErrors.password && (
              <p id={errorId('password')} className="form__error">
                {fieldErrors.password}
              </p>
            )}
            <input
              id={`${idPrefix}-password`}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={fieldErrors.password ? true : undefined}
              aria-describedby={fieldErrors.password ? errorId('password') : undefined}
              required
            />
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('auth.signingIn') : t('auth.submit')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
