import { BackupList } from './BackupList';
import { PlanFileTransfer } from './PlanFileTransfer';
import './backups.css';

export default function BackupsScreen() {
  return (
    <section aria-labelledby="backups-heading" className="screen stack">
      <header className="screen-header">
        <h1 id="backups-heading">Backups</h1>
      </header>
      <section className="panel" aria-labelledby="automatic-heading">
        <h2 id="automatic-heading">Automatic backups</h2>
        <p className="meta">Taken a few minutes after changes: the last ten, plus one a day for 30 days. Restoring one backs up your current plan first.</p>
        <BackupList />
      </section>
      <PlanFileTransfer />
    </section>
  );
}
