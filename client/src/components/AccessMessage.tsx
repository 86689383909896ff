import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { CombinedError } from 'urql';
import { signInPath } from '../auth/permissions';
import { useViewer } from '../auth/viewer';
import type { Permission } from '../graphql/generated/graphql';
import { type AccessProblem, accessProblem, errorMessage } from '../lib/graphql-errors';

/**
 * "Sign in" or "sign in as someone who may": shown where a view or an action needs a permission
 * the viewer lacks, and for the server's UNAUTHENTICATED and FORBIDDEN answers.
 * `alert` makes it announce itself (after an action failed); a view's gate is plain text.
 */
export function AccessMessage({ problem, needs, alert = false }: { problem: AccessProblem; needs?: Permission; alert?: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer } = useViewer();
  const signIn = signInPath(`${location.pathname}${location.search}`);
  const signedIn = problem === 'FORBIDDEN' && viewer;
  return (
    <div className="state state--access" role={alert ? 'alert' : undefined} data-testid="access-message">
      <p className="state__title">{signedIn ? t('access.forbiddenTitle') : t('access.signInTitle')}</p>
      {needs && <p>{t(`access.needs.${needs}`)}</p>}
      {signedIn ? (
        <p>{t('access.forbiddenBody', { name: viewer.displayName, role: t(`role.${viewer.role}`) })}</p>
      ) : (
        !needs && <p>{t('access.signInBody')}</p>
      )}
      <p>
        <Link to={signIn}>{signedIn ? t('access.signInAsOther') : t('access.signInLink')}</Link>
      </p>
    </div>
  );
}

/**
 * A failed write: an access problem becomes "sign in as …", anything else the server's message.
 * `needs` names the permission the action wanted, so the message can say who may do it.
 */
export function ActionError({ error, needs, prefix }: { error: CombinedError; needs?: Permission; prefix?: string }) {
  const problem = accessProblem(error);
  if (problem) return <AccessMessage problem={problem} needs={needs} alert />;
  const message = errorMessage(error);
  return (
    <p className="state state--error" role="alert">
      {prefix ? `${prefix} ${message}` : message}
    </p>
  );
}
