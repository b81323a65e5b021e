import { NODE_TYPES, type NodeType } from '@contract/model';
import { TYPE_STYLES } from '../../graph/node-types';

/** What each colour and shape means, with how many of each are on the canvas. */
export function Legend({ counts }: { counts: Map<NodeType, number> }) {
  return (
    <section className="legend" aria-label="Legend">
      <h3>Legend</h3>
      <ul>
        {NODE_TYPES.map((type) => (
          <li key={type}>
            <img src={TYPE_STYLES[type].icon} alt="" className="legend-icon" style={{ background: TYPE_STYLES[type].color }} />
            {TYPE_STYLES[type].label}
            <span className="count">{counts.get(type) ?? 0}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
