/** The argument as relations: derived both ways, exported both ways, and the essay's own set. */
import { describe, expect, test } from 'vitest';
import { readEssay } from '../../src/source.ts';
import { isolatedClaims, relationEdges, relationsOf } from '../../src/claims/relations.ts';
import { claimJsonLd, claimsJson } from '../../src/citations/claim-exports.ts';
import { relationTypes } from '../../src/claims/vocabulary.ts';
import { testClaim } from './helpers.ts';

const question = testClaim({ id: 'why-question', quote: '为什么？', type: 'question' });
const answer = testClaim({ id: 'the-answer', quote: '因为。', relations: [{ type: 'answers', target: 'why-question', by: 'essay' }] });
const doubt = testClaim({ id: 'a-doubt', quote: '未必。', relations: [{ type: 'contradicts', target: 'the-answer', by: 'editor' }] });
const alone = testClaim({ id: 'on-its-own', quote: '无关。' });
const small = [question, answer, doubt, alone];

describe('relations of one claim', () => {
  test('outgoing are the ones it states; incoming are derived from the others', () => {
    const { outgoing, incoming } = relationsOf(small, 'the-answer');
    expect(outgoing.map(({ type, by, claim }) => [type, by, claim.id])).toEqual([['answers', 'essay', 'why-question']]);
    expect(incoming.map(({ type, by, claim }) => [type, by, claim.id])).toEqual([['contradicts', 'editor', 'a-doubt']]);
  });

  test('a claim without relations is isolated; one that is only a target is not', () => {
    expect(isolatedClaims(small).map((claim) => claim.id)).toEqual(['on-its-own']);
  });

  test('claims.json lists incoming relations beside the stated ones', () => {
    const json = claimsJson(small.map((claim) => ({ ...claim, section: 'test' })), { base: '/' });
    expect(json.find((claim) => claim.id === 'the-answer')).toMatchObject({
      relations: [{ type: 'answers', target: 'why-question', by: 'essay' }],
      incoming: [{ type: 'contradicts', source: 'a-doubt', by: 'editor' }],
    });
    expect(json.find((claim) => claim.id === 'on-its-own')).toMatchObject({ relations: [], incoming: [] });
  });

  test('the JSON-LD names both directions with terms the about page defines', () => {
    const ld = claimJsonLd(answer, small, { base: '/sub/', site: new URL('https://essay.example') }, { title: '题', sectionTitle: '节' });
    expect(ld['@context']).toEqual(['https://schema.org', { rel: 'https://essay.example/sub/about/#relation-' }]);
    expect(ld).toMatchObject({
      'rel:answers': [{ '@id': 'https://essay.example/sub/claims/why-question/' }],
      [`rel:${relationTypes.contradicts.inverse.id}`]: [{ '@id': 'https://essay.example/sub/claims/a-doubt/' }],
    });
  });
});

describe('the essay\'s argument', () => {
  const { claims } = readEssay();
  const edges = relationEdges(claims);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));

  test('at least 50 related pairs, and at most 3 claims left out of every relation', () => {
    expect(edges.length).toBeGreaterThanOrEqual(50);
    expect(isolatedClaims(claims).length).toBeLessThanOrEqual(3);
  });

  test('every relation names an existing claim and keeps its direction convention', () => {
    const order = new Map(claims.map((claim, index) => [claim.id, index]));
    for (const { source, target, type } of edges) {
      expect(byId.has(target), `${source} → ${target}`).toBe(true);
      if (type === 'answers') expect(byId.get(target)!.type, `${source} answers ${target}`).toBe('question');
      if (type === 'contradicts') expect(order.get(source)!, `${source} contradicts ${target}`).toBeGreaterThan(order.get(target)!);
    }
  });

  test('the related claims form one argument: one connected whole', () => {
    const isolated = isolatedClaims(claims);
    const related = claims.filter((claim) => !isolated.includes(claim));
    const neighbours = new Map(related.map((claim) => [claim.id, new Set<string>()]));
    for (const { source, target } of edges) {
      neighbours.get(source)!.add(target);
      neighbours.get(target)!.add(source);
    }
    const seen = new Set([related[0]!.id]);
    const queue = [related[0]!.id];
    while (queue.length > 0) for (const next of neighbours.get(queue.shift()!)!) if (!seen.has(next)) (seen.add(next), queue.push(next));
    expect([...neighbours.keys()].filter((id) => !seen.has(id))).toEqual([]);
  });

  /** The claims a claim leads to along the arrows, itself included. */
  const downstream = (id: string) => {
    const reached = new Set([id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const { source, target } of edges) if (reached.has(source) && !reached.has(target)) (reached.add(target), (grew = true));
    }
    return reached;
  };

  test('the spine: the central question is answered or taken further from three other sections at least, every section after the introduction leads to it, and so does the conclusion', () => {
    const reachedFrom = new Set(
      edges.filter((edge) => (edge.type === 'answers' || edge.type === 'elaborates') && edge.target === 'research-purpose-mystery').map((edge) => byId.get(edge.source)!.section),
    );
    reachedFrom.delete(byId.get('research-purpose-mystery')!.section);
    expect(reachedFrom.size).toBeGreaterThanOrEqual(3);
    const sections = [...new Set(claims.map((claim) => claim.section))].filter((section) => section !== 'introduction');
    for (const section of sections) {
      const leads = claims.filter((claim) => claim.section === section).some((claim) => downstream(claim.id).has('research-purpose-mystery'));
      expect(leads, section).toBe(true);
    }
    expect(downstream('taxonomy-as-paradigm').has('research-purpose-mystery')).toBe(true);
  });

  test('the author\'s concession on the hardware question is a claim of its own, answering the question and qualifying the prediction', () => {
    const concession = byId.get('software-must-fit-hardware')!;
    expect(concession.quote).toContain('总是需要一些研究来开发最适合硬件发展的软件');
    expect(concession.relations).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'answers', target: 'software-vs-hardware-question' }),
      expect.objectContaining({ type: 'qualifies', target: 'hardware-drives-progress' }),
    ]));
    // The T5 example fits the concession; the author reconciles it with the prediction himself.
    expect(edges.filter((edge) => edge.type === 'contradicts' && [edge.source, edge.target].includes('t5-vs-decision-tree'))).toEqual([]);
    expect(byId.get('t5-vs-decision-tree')!.relations).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'supports', target: 'software-must-fit-hardware' })]));
  });

  test('the hardware prediction\'s context is two-sided: frontier compute and algorithmic efficiency, each named with what it measures', () => {
    const prediction = byId.get('hardware-drives-progress')!;
    const urls = prediction.sources.map((source) => source.url);
    expect(urls).toEqual(expect.arrayContaining(['https://openai.com/index/ai-and-compute/', 'https://arxiv.org/abs/2005.04305']));
    expect(prediction.editor_note).toMatch(/投入/);
    expect(prediction.editor_note).toMatch(/固定能力/);
    expect(prediction.editor_note).not.toMatch(/直接的反证/);
  });
});
