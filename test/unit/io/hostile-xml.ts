// Hostile XML thrown at both graph readers (lib/io/graphml.ts, lib/io/gexf.ts) by their tests.

export const ROOTS = { graphml: 'graphml', gexf: 'gexf' } as const;

/** A document with `inside` in place of the graph; the root element named as the format wants. */
export function hostile(root: string): { name: string; text: string; expected: RegExp }[] {
  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [',
    '  <!ENTITY lol "lol">',
    ...Array.from(
      { length: 9 },
      (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ),
    ']>',
    `<${root}><graph><node id="&lol9;"/></graph></${root}>`,
  ].join('\n');
  return [
    {
      name: 'entity expansion (billion laughs)',
      text: laughs,
      expected: /:2: expected XML without a DOCTYPE/,
    },
    {
      name: 'external entity (XXE)',
      text: `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<${root}><graph><node id="&xxe;"/></graph></${root}>`,
      expected: /:2: expected XML without a DOCTYPE or entity declarations.*got <!DOCTYPE/,
    },
    {
      name: 'a lower-case doctype',
      text: `<!doctype ${root}>\n<${root}/>`,
      expected: /:1: expected XML without a DOCTYPE/,
    },
    {
      name: 'nesting 100,000 deep',
      text: `<${root}><graph>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</graph></${root}>`,
      expected: /expected elements nested at most 64 deep/,
    },
    {
      name: 'an unclosed element',
      text: `<${root}>\n<graph>\n<node id="a">\n</graph></${root}>`,
      expected: /:\d+: expected well-formed XML/,
    },
    {
      name: 'another root',
      text: '<html><body/></html>',
      expected: new RegExp(`expected a <${root}> root element, got <html>`),
    },
    {
      name: 'not XML at all',
      text: 'source,target\na,b\n',
      expected: /expected well-formed XML|root element/,
    },
  ];
}
