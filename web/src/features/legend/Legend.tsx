import { NODE_TYPES, type NodeType } from '@contract/model';
import type { ColourKey } from '../../graph/appearance';
import { TYPE_STYLES } from '../../graph/node-types';
import type { ColourBy, SizeBy } from '../../state/view';

interface LegendProps {
  counts: Map<NodeType, number>;
  sizeBy?: SizeBy;
  colourBy?: ColourBy;
  /** What each colour means when colour is not the type. */
  colourKey?: ColourKey[];
  /** The canvas's largest by the size measure. */
  largest?: string;
  /** The controls that choose what size and colour say, shown above what they mean. */
  children?: React.ReactNode;
}

const SIZE_MEANS: Record<SizeBy, string> = {
  meetings: 'People and agencies grow with the meetings they attended, among what is on the canvas.',
  degree: 'People and agencies grow with how many others they met (degree), under the filters.',
  betweenness: 'People and agencies grow with how often they sit between two others who never met (betweenness), under the filters.',
  pagerank: 'People and agencies grow with PageRank: met often, and by those who are themselves well met, under the filters.',
};

const COLOUR_MEANS: Record<Exclude<ColourBy, 'type'>, string> = {
  community: 'Colour: community — groups who met each other more than the rest (Louvain, on who met whom). Shapes still show the type.',
  country: 'Colour: country — of an agency, a meeting’s place, or a person’s agency. Shapes still show the type.',
};

/** What each shape, colour and size means, with how many of each are on the canvas. */
export function Legend({ counts, sizeBy = 'meetings', colourBy = 'type', colourKey = [], largest, children }: LegendProps) {
  return (
    <section className="legend" aria-label="Legend">
      <h3>Legend</h3>
      {children && <div className="appearance">{children}</div>}
      {colourBy !== 'type' && (
        <>
          <p className="legend-note">{COLOUR_MEANS[colourBy]}</p>
          <ul aria-label={`Colours by ${colourBy}`}>
            {colourKey.map((k) => (
              <li key={k.label}>
                <span className="swatch" style={{ background: k.colour }} aria-hidden />
                {k.label}
                <span className="count">{k.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul aria-label="Types">
        {NODE_TYPES.map((type) => (
          <li key={type}>
            <img src={TYPE_STYLES[type].icon} alt="" className="legend-icon" style={{ background: colourBy === 'type' ? TYPE_STYLES[type].color : '#6a7785' }} />
            {TYPE_STYLES[type].label}
            <span className="count">{counts.get(type) ?? 0}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note" data-testid="size-meaning">
        <span className="size-dots" aria-hidden><i /><i /></span>
        {SIZE_MEANS[sizeBy]}
        {sizeBy !== 'meetings' && largest && <> Largest here: <strong>{largest}</strong>.</>}
      </p>
    </section>
  );
}
