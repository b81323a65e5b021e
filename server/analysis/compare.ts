/**
 * What changed between two periods: the ties (two people or agencies at one
 * meeting) of period b that period a lacks, those of a that b lacks, and those
 * of both, each with the meetings behind it.
 */
import type { AttendeeRef, Comparison, Tie } from '../contract/analysis';
import { tiesOf, type Projection } from './projection';

interface PeriodTie {
  source: string;
  target: string;
  /** Meeting ids, oldest first, and the first day of each. */
  meetings: string[];
  days: number[];
}

function periodTies(projection: Projection): Map<string, PeriodTie> {
  const { nodes, meetings } = projection;
  const ties = tiesOf(projection);
  const byPair = new Map<string, PeriodTie>();
  for (let t = 0; t < ties.source.length; t++) {
    // Nodes are in id order and source < target by index, so by id too.
    const [source, target] = [nodes[ties.source[t]!]!.id, nodes[ties.target[t]!]!.id];
    const behind = ties.meetings[t]!.map((m) => meetings[m]!);
    byPair.set(`${source}\u0000${target}`, { source, target, meetings: behind.map((m) => m.id), days: behind.map((m) => m.firstDay) });
  }
  return byPair;
}

/** Most meetings first, then by the ends' ids. */
const tieOrder = (x: Tie, y: Tie) => y.meetings.length - x.meetings.length || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0);

/** Both periods' meetings of a kept tie, oldest first, each once (periods may overlap). */
function bothPeriods(a: PeriodTie, b: PeriodTie): string[] {
  const day = new Map<string, number>();
  a.meetings.forEach((m, i) => day.set(m, a.days[i]!));
  b.meetings.forEach((m, i) => day.set(m, b.days[i]!));
  return [...day.keys()].sort((x, y) => day.get(x)! - day.get(y)! || (x < y ? -1 : 1));
}

export function compareProjections(a: Projection, b: Projection, limit: number): Comparison {
  const [tiesA, tiesB] = [periodTies(a), periodTies(b)];
  const appeared: Tie[] = [];
  const vanished: Tie[] = [];
  const kept: Tie[] = [];
  for (const [key, tie] of tiesB) {
    const before = tiesA.get(key);
    if (before) kept.push({ source: tie.source, target: tie.target, meetings: bothPeriods(before, tie) });
    else appeared.push({ source: tie.source, target: tie.target, meetings: tie.meetings });
  }
  for (const [key, tie] of tiesA) if (!tiesB.has(key)) vanished.push({ source: tie.source, target: tie.target, meetings: tie.meetings });
  const lists = { appeared, vanished, kept };
  const shown = Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, list.sort(tieOrder).slice(0, limit)])) as typeof lists;
  const refs = new Map<string, AttendeeRef>([...a.nodes, ...b.nodes].map((n) => [n.id, n]));
  const ends = new Set([...shown.appeared, ...shown.vanished, ...shown.kept].flatMap((t) => [t.source, t.target]));
  return {
    ...shown,
    counts: { appeared: appeared.length, vanished: vanished.length, kept: kept.length },
    nodes: [...ends].sort().map((id) => refs.get(id)!),
  };
}
