import { COLOUR_BY, SIZE_BY, type ColourBy, type SizeBy } from '../../state/view';

export const SIZE_LABELS: Record<SizeBy, string> = { meetings: 'Meetings', degree: 'Degree', betweenness: 'Betweenness', pagerank: 'PageRank' };
export const COLOUR_LABELS: Record<ColourBy, string> = { type: 'Type', community: 'Community', country: 'Country' };

interface AppearanceControlsProps {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  onSizeBy: (sizeBy: SizeBy) => void;
  onColourBy: (colourBy: ColourBy) => void;
}

/** What node size and colour say: the Size by and Colour by controls. */
export function AppearanceControls({ sizeBy, colourBy, onSizeBy, onColourBy }: AppearanceControlsProps) {
  return (
    <>
      <label className="inline">
        Size by
        <select value={sizeBy} onChange={(e) => onSizeBy(e.target.value as SizeBy)}>
          {SIZE_BY.map((s) => (
            <option key={s} value={s}>{SIZE_LABELS[s]}</option>
          ))}
        </select>
      </label>
      <label className="inline">
        Colour by
        <select value={colourBy} onChange={(e) => onColourBy(e.target.value as ColourBy)}>
          {COLOUR_BY.map((c) => (
            <option key={c} value={c}>{COLOUR_LABELS[c]}</option>
          ))}
        </select>
      </label>
    </>
  );
}
