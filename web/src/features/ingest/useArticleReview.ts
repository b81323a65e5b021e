/**
 * The state of one Add article session: the text (typed, pasted or one of
 * several files), the proposal under review, the facts left out, the date the
 * reviewer gives when the text has none (the proposal re-dated as they type),
 * and the way through a queue of files.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { Proposal } from '@contract/proposal';
import { useAcceptArticle, useProposeArticle } from '../../api/queries';
import type { LoadedFile } from './FileQueue';
import { needsDateField, typedDate } from './review-checks';

/** How long typing may pause before the proposal is re-dated: a date is typed in a few keystrokes. */
const REDATE_AFTER_MS = 400;

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

const articleBody = (text: string, date: string) => ({ text, ...(typedDate(date) ? { date: typedDate(date)! } : {}) });

/** Live re-dating: a valid date the proposal does not have yet is sent once typing pauses. */
function useRedateWhileTyping(proposal: Proposal | undefined, date: string, redate: (date: string) => void) {
  const wanted = proposal && needsDateField(proposal) && typedDate(date) !== proposal.article.published ? typedDate(date) : undefined;
  const send = useEffectEvent(redate);
  useEffect(() => {
    if (!wanted) return;
    const timer = setTimeout(() => send(wanted), REDATE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [wanted]);
}

export function useArticleReview() {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  // The last proposal received stays on screen while a re-dated one is on its way.
  const [proposal, setProposal] = useState<Proposal>();
  const [files, setFiles] = useState<LoadedFile[]>([]);
  const [position, setPosition] = useState(0);
  const propose = useProposeArticle();
  const accept = useAcceptArticle();

  const run = (forText: string, forDate: string) => propose.mutate(articleBody(forText, forDate), { onSuccess: setProposal });

  useRedateWhileTyping(proposal, date, (value) => run(text, value));

  const startOver = (nextText: string) => {
    setText(nextText);
    setExcluded(new Set());
    setProposal(undefined);
    propose.reset();
    accept.reset();
  };
  const load = (file: LoadedFile) => {
    startOver(file.text);
    setDate('');
    run(file.text, '');
  };

  return {
    text,
    date,
    excluded,
    proposal,
    files,
    position,
    propose,
    accept,
    setDate,
    toggle: (key: string) => setExcluded((current) => toggled(current, key)),
    edit: (value: string) => {
      startOver(value);
      setFiles([]);
    },
    submit: () => {
      setExcluded(new Set());
      accept.reset();
      run(text, date);
    },
    loadFiles: (loaded: LoadedFile[]) => {
      if (loaded.length === 0) return;
      setFiles(loaded);
      setPosition(0);
      load(loaded[0]!);
    },
    next: () => {
      const file = files[position + 1];
      if (!file) return;
      setPosition(position + 1);
      load(file);
    },
    acceptKept: () => accept.mutate({ ...articleBody(text, date), exclude: [...excluded] }),
  };
}
