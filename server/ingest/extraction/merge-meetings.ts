/** Mentions of one meeting joined into one draft; two dates that disagree are two meetings. */
import { checkCount } from '../reading/article-limits';
import type { MeetingDraft } from './meeting-draft';

/** "en juin 2022" and "ce mardi 21 février" (2023) are two meetings of the same people, not one. */
function datesAgree(a: MeetingDraft, b: MeetingDraft): boolean {
  const x = a.date?.value;
  const y = b.date?.value;
  return !x || !y || x.startsWith(y) || y.startsWith(x);
}

/**
 * One article often reports one meeting twice ("des réunions tripartites…",
 * then "cette réunion tripartite…"): a mention joins the first meeting whose
 * attendees include its own or are included in them. A mention with the same
 * kind and attendees as an earlier one joins where that one went, so a text
 * repeating itself costs one lookup per repeat, not a scan.
 * Mentions whose dates disagree are not joined.
 */
const sameDay = (a: MeetingDraft, b: MeetingDraft) => a.date?.precision === 'day' && a.date.value === b.date?.value;

export function mergeSameMeetings(drafts: MeetingDraft[]): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  const joined = new Map<string, MeetingDraft>();
  let scans = 0;
  for (const d of drafts) {
    const keys = new Set(d.participants.map((p) => p.key));
    const signature = `${d.kind}\u0000${[...keys].sort().join('\u0000')}`;
    let same = joined.get(signature);
    if (same && !datesAgree(same, d)) same = undefined;
    if (!same) {
      checkCount('meetingMentions', ++scans);
      same = out.find((o) => {
        if (!datesAgree(o, d)) return false;
        // "un entretien, lundi, entre A et B" and "A a reçu lundi 10 novembre B": one meeting told twice, whatever each calls it.
        // An undated retelling of the same people's meeting is that meeting too ("a reçu, ce mardi …" then "En marge de …, X s'est entretenu avec Y").
        const other = new Set(o.participants.map((p) => p.key));
        const [small, large] = keys.size <= other.size ? [keys, other] : [other, keys];
        const within = [...small].every((k) => large.has(k));
        // "A et B ont rencontré C" then "C a reçu A": the same meeting, told by another verb, when nothing dates them apart.
        if (o.kind !== d.kind) return (sameDay(o, d) || !o.date || !d.date) && within && small.size >= 2;
        return within;
      });
    }
    if (!same) {
      out.push(d);
      joined.set(signature, d);
      continue;
    }
    joined.set(signature, same);
    for (const p of d.participants) if (!same.participants.some((q) => q.key === p.key)) same.participants.push(p);
    same.sentences.push(...d.sentences);
    // Each mention may say more of when and where: the city over the country alone, the day over the month.
    if (!same.date || (d.date?.value?.length ?? 0) > (same.date.value?.length ?? 0)) same.date = d.date ?? same.date;
    if (!same.place || (d.place?.city && !same.place.city && d.place.country === same.place.country)) same.place = d.place ?? same.place;
  }
  return out;
}
