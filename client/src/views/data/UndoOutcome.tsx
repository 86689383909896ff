import { ActionError } from '../../components/AccessMessage';
import type { UndoMessage } from './use-undo-load';

export function UndoOutcome({ message }: { message: UndoMessage | null }) {
  if (!message) return null;
  if (message.kind === 'error') return <ActionError error={message.error} needs="LOAD_DATA" prefix={message.prefix} />;
  return (
    <p className="state state--success" role="status">
      {message.text}
    </p>
  );
}
