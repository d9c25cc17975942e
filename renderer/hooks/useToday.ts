import { useEffect, useState } from 'react';
import { localDate } from '../../shared/model';

/** Today's date (YYYY-MM-DD, local), refreshed each minute so "overdue" is right after midnight too. */
export function useToday(): string {
  const [today, setToday] = useState(() => localDate(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setToday(localDate(new Date())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
