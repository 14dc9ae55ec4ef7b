import type { LabelsIndex } from '../contract/schemas';

/** A label's display name from the labels index; the slug when the index does not know it. */
export function labelName(index: LabelsIndex, slug: string): string {
  return index.labels.find((l) => l.slug === slug)?.name ?? slug;
}
