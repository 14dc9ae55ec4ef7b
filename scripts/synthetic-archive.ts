import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../src/contract/slug';

/** mulberry32: a small, fast, seeded PRNG, so that the same seed gives the same archive everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABELS = [
  ...['VMware', 'Xen', 'KVM', 'Hyper-V', 'Citrix', 'Red Hat', 'Microsoft', 'Intel', 'AMD', 'Linux'],
  ...['Windows Server', 'vSphere', 'ESX', 'XenServer', 'OpenStack', 'Cloud', 'Storage', 'Networking'],
  ...['Security', 'Desktop', 'VDI', 'Containers', 'Docker', 'Acquisitions', 'Licensing', 'Open Source'],
  ...['Oracle', 'Sun', 'Parallels', 'VirtualBox', 'QEMU', 'Live Migration', 'Hardware', 'Memory'],
  ...['Performance', 'Management', 'Amazon EC2', 'Google', 'IBM', 'HP', 'Dell', 'Cisco', 'EMC', 'NetApp'],
  ...['Benchmarks', 'Conferences', 'C++', 'C', 'Nested Paging', 'Viridian', '仮想化', 'Виртуализация'],
];

const AUTHORS = [
  ...['Marta Ferri', 'Daniel Okafor', 'Lena Hoffmann', 'Sanjay Patel', 'Chloé Martin', 'Tomás Reyes'],
  ...['Aiko Tanaka', 'Peter Novak', 'Grace Liu', 'Owen Price', 'Ingrid Berg', 'Yusuf Demir'],
];

const WORDS = (
  'the a of and to in for on with that is as by from at its this new will has are have be it more than ' +
  'hypervisor virtual machine guest host kernel memory processor scheduler driver storage network cluster ' +
  'migration snapshot image template appliance server desktop workload performance latency throughput ' +
  'release version beta support customer vendor market price license enterprise datacenter cloud platform ' +
  'management console API interface feature update patch security isolation container partition hardware ' +
  'extension instruction page table shadow nested paravirtualized emulated device disk volume replication ' +
  'availability failover backup recovery benchmark analyst company announced shipped acquired launched ' +
  'engineers developers administrators users said expected today week year quarter early later still ' +
  'faster smaller larger cheaper simpler open source community project code patch merged upstream tree'
).split(' ');

const OFFSETS = ['Z', '+01:00', '+02:00', '-05:00', '-07:00', '-08:00', '+05:30', '+09:00'];
const YEARS = 15;
const FIRST_YEAR = 2010;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Label ranks weighted ~1/rank, so a few labels are common and most are rare, as in real archives. */
function labelPicker(random: () => number): () => string {
  const weights = LABELS.map((_, rank) => 1 / (rank + 1) ** 0.8);
  const total = weights.reduce((a, b) => a + b, 0);
  return () => {
    let r = random() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) <= 0) return LABELS[i]!;
    return LABELS[0]!;
  };
}

function sentence(random: () => number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    let word = pick(random, WORDS);
    const style = random();
    if (style < 0.02) word = `**${word}**`;
    else if (style < 0.04) word = `*${word}*`;
    else if (style < 0.05) word = `\`${word}\``;
    else if (style < 0.06) word = `[${word}](https://example.com/${word})`;
    else if (style < 0.065) word = `[${word}](/2012/03/${word})`;
    parts.push(word);
  }
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraph(random: () => number, words: number): string {
  const sentences: string[] = [];
  for (let left = words; left > 0;) {
    const n = Math.min(left, 8 + Math.floor(random() * 12));
    sentences.push(sentence(random, n));
    left -= n;
  }
  return sentences.join(' ');
}

function body(random: () => number): string {
  const blocks: string[] = [];
  const paragraphs = 4 + Math.floor(random() * 3);
  const target = 260 + Math.floor(random() * 80);
  for (let i = 0; i < paragraphs; i++) {
    if (i === 2 && random() < 0.4) blocks.push(`## ${paragraph(random, 4).replace(/\.$/, '')}`);
    blocks.push(paragraph(random, Math.round(target / paragraphs)));
    if (i === 1 && random() < 0.3) {
      blocks.push(Array.from({ length: 3 }, () => `- ${sentence(random, 6)}`).join('\n'));
    }
    if (i === 2 && random() < 0.2) blocks.push(`> ${sentence(random, 18)}`);
    if (i === 3 && random() < 0.1)
      blocks.push('```sh\nvirsh migrate --live guest qemu+ssh://host2/system\n```');
    if (i === 3 && random() < 0.05) {
      blocks.push('| Product | Version |\n| --- | --- |\n| ESX | 3.5 |\n| Xen | 3.2 |');
    }
  }
  return blocks.join('\n\n') + '\n';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A local date-time with the given offset for an instant: what a writer in that zone would put. */
function withOffset(ms: number, offset: string): string {
  const minutes =
    offset === 'Z'
      ? 0
      : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(ms + minutes * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}${offset}`;
}

export interface SyntheticArchiveOptions {
  dir: string;
  articles: number;
  seed?: number;
}

/** Writes a content folder (`site.json`, `articles/yyyy/mm/slug.md`) of made-up but realistic articles. */
export function writeSyntheticArchive({ dir, articles, seed = 1 }: SyntheticArchiveOptions): {
  bytes: number;
} {
  const random = prng(seed);
  const nextLabel = labelPicker(random);
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const span = Date.UTC(FIRST_YEAR + YEARS, 0, 1) - start;
  let bytes = 0;
  const site = {
    title: 'Synthetic archive',
    description: `${articles} generated articles for the content benchmark`,
    timeZone: 'America/New_York',
    pageSize: 20,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'site.json'), JSON.stringify(site, null, 2));
  const folders = new Set<string>();

  for (let i = 0; i < articles; i++) {
    const ms = start + Math.floor((random() * span) / 1000) * 1000;
    const published = withOffset(ms, pick(random, OFFSETS));
    const labels = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, nextLabel))];
    const title = paragraph(random, 5 + Math.floor(random() * 5)).replace(/[*`[\]()/.]|https?:\S*/g, '');
    const slug = `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${i.toString(36)}`;
    const frontMatter = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `published: ${published}`,
      `author: ${JSON.stringify(pick(random, AUTHORS))}`,
      `labels: [${labels.map((l) => JSON.stringify(l)).join(', ')}]`,
      ...(random() < 0.2 ? [`summary: ${JSON.stringify(paragraph(random, 30))}`] : []),
      ...(random() < 0.1 ? [`updated: ${withOffset(ms + 86_400_000, 'Z')}`] : []),
      '---',
    ].join('\n');
    const folder = path.join(dir, 'articles', published.slice(0, 4), published.slice(5, 7));
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const text = `${frontMatter}\n\n${body(random)}`;
    writeFileSync(path.join(folder, `${slug}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return { bytes };
}
