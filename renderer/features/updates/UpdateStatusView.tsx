import type { UpdateState } from '../../../shared/ipc/updates';
import { formatDate } from '../../lib/format';
import { useUpdatesStore } from './updates-store';

/** "12.4 MB of 98.0 MB". */
export function describeBytes(transferred: number, total: number): string {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  return total > 0 ? `${mb(transferred)} of ${mb(total)}` : mb(transferred);
}

/**
 * Where updates stand, in main's words, and the next step: Download, its progress, Restart and install.
 * The sentence (and any problem) sits in one polite live region, so a screen reader hears each change
 * once; download progress is a progress bar, not a stream of announcements. Release notes are text.
 */
export function UpdateStatusView({ state }: { state: UpdateState }) {
  const busy = useUpdatesStore((store) => store.busy);
  const download = useUpdatesStore((store) => store.download);
  const install = useUpdatesStore((store) => store.install);
  const { status } = state;
  const offer = 'offer' in status ? status.offer : null;
  const problem = 'problem' in status ? status.problem : null;
  const automaticFailure = status.kind === 'check-failed' && status.automatic;

  return (
    <div className="update-status">
      <div role="status">
        <p className={automaticFailure ? 'meta' : undefined}>
          {automaticFailure ? `The check when PMO Pathway started did not finish. ${status.message}` : status.message}
        </p>
        {problem && <p className="field-problem">{problem}</p>}
      </div>
      {offer && (
        <div className="update-offer">
          <h3>{offer.releaseName ?? `PMO Pathway ${offer.version}`}</h3>
          {offer.releaseDate && <p className="meta">Released {formatDate(offer.releaseDate)}</p>}
          {offer.notes ? (
            // Focusable so the notes can be scrolled from the keyboard; text only, never markup.
            <section className="update-notes" tabIndex={0} aria-label={`What’s new in version ${offer.version}`}>
              {offer.notes}
            </section>
          ) : (
            <p className="meta">This release came without notes.</p>
          )}
          {status.kind === 'available' && (
            <div className="actions">
              <button type="button" disabled={busy !== null} onClick={() => void download()}>
                Download version {offer.version}
              </button>
            </div>
          )}
          {status.kind === 'downloading' && (
            <div className="update-progress">
              <progress max={100} value={status.percent} aria-label={`Downloading version ${offer.version}`} aria-valuetext={`${status.percent}%`} />
              <span className="meta">
                {status.percent}% · {describeBytes(status.transferredBytes, status.totalBytes)}
              </span>
            </div>
          )}
          {status.kind === 'downloaded' && (
            <div className="actions">
              <button type="button" disabled={busy !== null} onClick={() => void install()}>
                Restart and install
              </button>
              <span className="meta">Your plan is saved and backed up first.</span>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
