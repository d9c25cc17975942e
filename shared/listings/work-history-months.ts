import type { Role } from '../model/plan';

/**
 * How many months the work history covers, counting a month once however many roles overlap in it. A
 * role without a start month is left out (its length is unknown); one without an end runs to today if
 * the person is in it now, else it is left out too.
 */
export function workHistoryMonths(roles: readonly Pick<Role, 'startMonth' | 'endMonth' | 'current'>[], today: string): number {
  const thisMonth = monthNumber(today.slice(0, 7));
  const ranges = roles
    .map((role) => {
      if (role.startMonth === null) return null;
      const end = role.endMonth ?? (role.current ? today.slice(0, 7) : null);
      if (end === null) return null;
      return [monthNumber(role.startMonth), Math.min(monthNumber(end), thisMonth)] as const;
    })
    .filter((range): range is readonly [number, number] => range !== null && range[1] >= range[0])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let coveredTo = -Infinity;
  for (const [start, end] of ranges) {
    const from = Math.max(start, coveredTo + 1);
    if (end >= from) total += end - from + 1;
    coveredTo = Math.max(coveredTo, end);
  }
  return total;
}

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
