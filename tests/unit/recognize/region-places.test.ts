import { describe, expect, it } from 'vitest';
import { findRegionPlaces, parseRegionPlaces, regionPlaces } from '../../../src/recognize/region-places.ts';
import { discoverEntities } from '../../../src/recognize/discover-entities.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const found = (text: string): string[] => findRegionPlaces(makeDoc(text)).map((m) => m.place.name);
const discovered = (text: string): string[] => discoverEntities(makeDoc(text)).filter((m) => m.rule === 'region-place').map((m) => m.norm);

describe('region places (data/hk-mo-tw-places.tsv)', () => {
  it('lists Hong Kong’s 18 districts and Taiwan’s 22 counties and cities under their region', () => {
    const table = regionPlaces();
    const districts = [...table.values()].filter((p) => p.region === '香港' && p.kind === 'district' && p.name.endsWith('区'));
    expect(districts.length).toBe(18);
    const taiwan = [...table.values()].filter((p) => p.region === '台湾' && /^(?:municipality|city|county)$/.test(p.kind) && /[市县]$/.test(p.name));
    expect(taiwan.length).toBe(22);
    expect(table.get('将军澳')?.region).toBe('香港');
    expect(table.get('氹仔')?.region).toBe('澳门');
  });

  it.each<[string, string[]]>([
    ['香港的地铁会延伸到坑口和西贡区，居民多住在上水。', ['坑口', '西贡区', '上水']],
    ['台湾宜兰县与屏东都有温泉。', ['宜兰县', '屏东']],
    ['澳门的赌场多在路氹城，氹仔也有不少。', ['路氹城', '氹仔']],
    ['住在香港东区的人很多。', ['东区']],
    ['他当选香港离岛区议员，东区区议会也要选举。', ['离岛区', '东区']],
  ])('finds in %s the places %j', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each<[string]>([
    // no region named in the article: 大埔 is also a county in Guangdong, 上水 and 坑口 are words of mainland places
    ['广东梅州大埔县的柚子熟了，坑口村的果农很高兴。'],
    // a `near` row without its region right before it: 南区, 离岛, 太子 are ordinary words
    ['香港一所学校的南区操场关闭，太子参观了离岛。'],
    // a name inside a longer word is not the place: 上水 in 上水平
    ['香港股市今天冲上水平线。'],
  ])('finds nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('the discovery offers them as places (region-place)', () => {
    expect(discovered('香港科技园在沙田和将军澳都有园区。')).toEqual(['沙田', '将军澳']);
    expect(discovered('深圳沙田的园区和将军澳村。')).toEqual([]);
  });

  it('refuses a malformed table with E_LEXICON_INVALID', () => {
    expect(() => parseRegionPlaces('name\tregion\n')).toThrow(expect.objectContaining({ code: 'E_LEXICON_INVALID' }));
    expect(() => parseRegionPlaces('region\tkind\tname\tcue\n北京\tdistrict\t东城\t-\n')).toThrow(expect.objectContaining({ code: 'E_LEXICON_INVALID' }));
    expect(() => parseRegionPlaces('region\tkind\tname\tcue\n香港\tarea\t旺角\tmaybe\n')).toThrow(expect.objectContaining({ code: 'E_LEXICON_INVALID' }));
    expect(() => parseRegionPlaces('region\tkind\tname\tcue\n香港\tarea\t旺角\t-\n香港\tarea\t旺角\t-\n')).toThrow(expect.objectContaining({ code: 'E_LEXICON_INVALID' }));
    expect(parseRegionPlaces('region\tkind\tname\tcue\n# a note\n\n香港\tarea\t旺角\t-\n')).toEqual([{ region: '香港', kind: 'area', name: '旺角', cue: '-' }]);
  });
});
