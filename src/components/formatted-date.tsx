import { formatDate, type DateStyle } from '../lib/dates';

type FormattedDateProps = { iso: string; timeZone: string; dateStyle?: DateStyle; className?: string };

export function FormattedDate({ iso, timeZone, dateStyle = 'full', className }: FormattedDateProps) {
  return (
    <time dateTime={iso} className={className}>
      {formatDate(iso, timeZone, dateStyle)}
    </time>
  );
}
