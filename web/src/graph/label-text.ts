/**
 * Node labels broken into short lines here, not by Cytoscape: the canvas and
 * the SVG export then draw the same lines, and the label chooser measures
 * the boxes the reader will see.
 */

/** Breaks `text` at spaces into lines of at most `width` characters; past `maxLines`, the last line ends in "…". */
export function wrapLabel(text: string, width: number, maxLines: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.join('\n');
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept.join('\n');
}

/** The label a node type gets on the canvas: meetings ("With Christopher Wray (FBI) · 2022-06-13") on short lines. */
export function canvasLabel(type: string, text: string): string {
  return type === 'Meeting' ? wrapLabel(text, 20, 3) : wrapLabel(text, 26, 2);
}
