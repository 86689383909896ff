import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { signInPath } from '../auth/permissions';
import { signOut } from '../auth/session';
import { useSession } from '../auth/SessionProvider';
import { useViewer } from '../auth/viewer';

/** The header's corner: who is signed in and in what role, and sign out; or a sign-in link. */
export function UserMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer, loading } = useViewer();
  const { sessionChanged } = useSession();
  const [failed, setFailed] = useState<string | null>(null);

  if (loading) return <div className="user-menu" />;
  if (!viewer) {
    if (location.pathname === '/sign-in') return <div className="user-menu" />;
    return (
      <div className="user-menu">
        <Link className="user-menu__sign-in" to={signInPath(`${location.pathname}${location.search}`)}>
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }
  const leave = async () => {
    setFailed(null);
    try {
      await signOut();
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
      return;
    }
    sessionChanged();
    navigate('/');
  };
  return (
    <div className="user-menu" data-testid="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        <span className="user-menu__name">{viewer.displayName}</span>
        <span className="user-menu__role">{t(`role.${viewer.role}`)}</span>
      </p>
      <button type="button" className="user-menu__sign-out" onClick={leave}>
        {t('auth.signOut')}
      </button>
      {failed && (
        <p className="user-menu__error" role="alert">
          {t('auth.signOutFailed', { message: failed })}
        </p>
      )}
    </div>
  );
}
