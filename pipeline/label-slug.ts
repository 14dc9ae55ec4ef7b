import { slugify } from '../src/contract/slug';

const slugs = new Map<string, string>();

/** `slugify` for label names, remembered: an archive has few label names and many uses of each. */
export function labelSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    slugs.set(name, slug);
  }
  return slug;
}
