import { useEffect, useEffectEvent, useState } from 'react';
import { nextWindow, startWindow, type MonthWindow, type PlayMode } from './play-steps';

/** Milliseconds per step, by the name the Speed control shows. */
export const SPEEDS = { slow: 1500, normal: 800, fast: 300 } as const;
export type Speed = keyof typeof SPEEDS;

/**
 * Play, pause and step through the months: each step hands the next window
 * to `onWindow` (which filters the canvas); playing stops after the last month.
 */
export function usePlayback(window: MonthWindow, count: number, onWindow: (window: MonthWindow) => void) {
  const [playing, setPlaying] = useState(false);
  const [mode, setMode] = useState<PlayMode>('cumulative');
  const [speed, setSpeed] = useState<Speed>('normal');

  const step = useEffectEvent(() => {
    const next = nextWindow(window, mode, count);
    if (next) onWindow(next);
    else setPlaying(false);
  });
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => step(), SPEEDS[speed]);
    return () => clearInterval(timer);
  }, [playing, speed]);

  const play = () => {
    // From the start when the window reaches the last month (the whole span included); else on from where it is (paused, or brushed).
    if (window[1] >= count - 1) onWindow(startWindow(window, mode, count));
    setPlaying(true);
  };
  const stepOnce = () => {
    setPlaying(false);
    const next = nextWindow(window, mode, count);
    onWindow(next ?? startWindow(window, mode, count));
  };
  return { playing, play, pause: () => setPlaying(false), step: stepOnce, mode, setMode, speed, setSpeed };
}
