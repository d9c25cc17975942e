import { useEffect, useRef, useState } from 'react';
import type { CvDocument } from '../../../shared/cv/export';
import { moveBullet, moveGroup, type Direction } from './export-view';

interface ManualOrderListProps {
  document: CvDocument;
  manualOrder: readonly string[];
  /** False for "by role": a work history lists roles newest first, so only bullets move. */
  groupsMove: boolean;
  onReorder(manualOrder: string[]): void;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

/**
 * Arrange the list by hand with ordinary buttons (keyboard and screen-reader friendly, unlike drag and
 * drop). Bullets move within their group; groups move as a whole (except roles, which keep the work
 * history's newest-first order). Focus stays on the button that was
 * pressed, following the item to its new place, and each move is announced.
 */
export function ManualOrderList({ document, manualOrder, groupsMove, onReorder }: ManualOrderListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ key: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const section = document.sections.find((s) => s.kind === 'achievements');
  const groups = section?.kind === 'achievements' ? section.groups : [];

  useEffect(() => {
    if (!focusAfterMove || !listRef.current) return;
    const { key, direction } = focusAfterMove;
    const buttons = [...listRef.current.querySelectorAll<HTMLButtonElement>('button[data-move]')].filter((b) => b.dataset.move === key);
    // At the top or bottom the pressed button is disabled; its partner is the useful place to land.
    const wanted = buttons.find((b) => b.dataset.direction === String(direction) && !b.disabled) ?? buttons.find((b) => !b.disabled);
    wanted?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, document]);

  const move = (next: string[] | null, focus: { key: string; direction: Direction }, what: string, position: number, of: number) => {
    if (!next) return;
    onReorder(next);
    setFocusAfterMove(focus);
    setAnnouncement(`Moved “${short(what)}” to position ${position} of ${of}.`);
  };

  return (
    <section className="panel manual-order" aria-labelledby="manual-order-heading">
      <h2 id="manual-order-heading">Arrange by hand</h2>
      <p className="field-hint">
        {groupsMove
          ? 'Bullets move within their group; use Move group to change which group comes first.'
          : 'Bullets move within their role. Roles stay newest first, the way a work history reads.'}
      </p>
      <div ref={listRef}>
        {groups.map((group, groupIndex) => (
          <div key={group.key} className="order-group" role="group" aria-label={group.heading ?? 'Achievements'}>
            {group.heading !== null && (
              <div className="order-group-heading">
                <h3>{group.heading}</h3>
                {groupsMove && groups.length > 1 && (
                  <MoveButtons
                    moveKey={`group:${group.key}`}
                    labels={['Move group up', 'Move group down']}
                    describe={(label) => `${label}: ${group.heading}`}
                    index={groupIndex}
                    count={groups.length}
                    onMove={(direction) => move(moveGroup(document, group.key, direction, manualOrder), { key: `group:${group.key}`, direction }, group.heading ?? '', groupIndex + 1 + direction, groups.length)}
                  />
                )}
              </div>
            )}
            <ol className="order-list">
              {group.bullets.map((bullet, index) => (
                <li key={bullet.id}>
                  <span className="order-text">{bullet.text}</span>
                  <MoveButtons
                    moveKey={`bullet:${bullet.id}`}
                    labels={['Move up', 'Move down']}
                    describe={(label) => `${label}: ${short(bullet.text)}`}
                    index={index}
                    count={group.bullets.length}
                    onMove={(direction) => move(moveBullet(document, bullet.id, direction, manualOrder), { key: `bullet:${bullet.id}`, direction }, bullet.text, index + 1 + direction, group.bullets.length)}
                  />
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

interface MoveButtonsProps {
  /** Identifies the item, so focus can follow it to its new place (data-move). */
  moveKey: string;
  labels: readonly [up: string, down: string];
  /** The accessible name of a button from its visible label. */
  describe(label: string): string;
  index: number;
  count: number;
  onMove(direction: Direction): void;
}

/** The up / down pair for a bullet or a group; the one that cannot move further is disabled. */
function MoveButtons({ moveKey, labels, describe, index, count, onMove }: MoveButtonsProps) {
  return (
    <span className="order-buttons">
      {([-1, 1] as Direction[]).map((direction) => {
        const label = direction < 0 ? labels[0] : labels[1];
        return (
          <button
            key={direction}
            type="button"
            className="secondary small"
            data-move={moveKey}
            data-direction={direction}
            aria-label={describe(label)}
            disabled={direction < 0 ? index === 0 : index === count - 1}
            onClick={() => onMove(direction)}
          >
            {label}
          </button>
        );
      })}
    </span>
  );
}
