// The application steps as tables: which level decides, which unit that is in the tree, and where each step leads.
import {
  decidingLevelOf,
  decidingUnitOf,
  escalationUnitOf,
  nextStage,
  officerCovers,
  secretaryToldOf,
  type ApplicationStage,
  type ApplicationStep,
  type UnitLevel,
} from '../../../src/domain/applications';
import { loadPolicy, type DecidingLevel, type Policy } from '../../../src/domain/policy';

const policy = loadPolicy();
const unit = (code: string, kind: UnitLevel) => ({ code, kind });

// Cell -> grassroots -> district -> province, and a tree that skips the grassroots level.
const FULL = [unit('HT', 'cell'), unit('NH', 'grassroots'), unit('CL', 'district'), unit('NA', 'province')];
const SKIPPED = [unit('HT', 'cell'), unit('CL', 'district'), unit('NA', 'province')];
const CELL_ONLY = [unit('HT', 'cell')];

describe('which level decides (policy)', () => {
  it('follows the shipped policy: the grassroots committee for exemptions and temporary transfers, the district for official ones', () => {
    expect(decidingLevelOf('seasonal', policy)).toBe('none');
    expect(decidingLevelOf('temporary_transfer', policy)).toBe('grassroots');
    expect(decidingLevelOf('temporary_exemption', policy)).toBe('grassroots');
    expect(decidingLevelOf('official_transfer', policy)).toBe('district');
  });

  it('follows a committee that leaves temporary transfers to its cells', () => {
    const delegated: Policy = {
      ...policy,
      applications: { ...policy.applications, temporaryTransferDecidedBy: 'cell' },
    };
    expect(decidingLevelOf('temporary_transfer', delegated)).toBe('cell');
    expect(decidingLevelOf('temporary_exemption', delegated)).toBe('grassroots');
  });
});

describe('the deciding unit in the tree', () => {
  it.each<[string, readonly ReturnType<typeof unit>[], DecidingLevel, string | undefined]>([
    ['the cell itself', FULL, 'cell', 'HT'],
    ['the grassroots committee above the cell', FULL, 'grassroots', 'NH'],
    ['the district', FULL, 'district', 'CL'],
    ['the province', FULL, 'province', 'NA'],
    ['the district when the tree has no grassroots level', SKIPPED, 'grassroots', 'CL'],
    ['the district all the same', SKIPPED, 'district', 'CL'],
    ['nobody for seasonal work', FULL, 'none', undefined],
    ['nobody above a lone cell', CELL_ONLY, 'grassroots', undefined],
  ])('%s', (_case, chain, level, expected) => {
    expect(decidingUnitOf(chain, level)?.code).toBe(expected);
  });

  it('escalates to the grassroots committee, or the nearest unit above when there is none', () => {
    expect(escalationUnitOf(FULL)?.code).toBe('NH');
    expect(escalationUnitOf(SKIPPED)?.code).toBe('CL');
    expect(escalationUnitOf(CELL_ONLY)).toBeUndefined();
  });
});

describe('the steps', () => {
  it.each<[ApplicationStage, ApplicationStep, DecidingLevel, ApplicationStage | string]>([
    // The cell proposes what a committee decides; it may decline to propose.
    ['submitted', 'propose', 'grassroots', 'proposed'],
    ['submitted', 'propose', 'district', 'proposed'],
    ['submitted', 'cell-reject', 'grassroots', 'rejected'],
    ['submitted', 'cell-approve', 'grassroots', 'committee-decides'],
    // Delegated to the cell: it approves or rejects itself, nobody to propose to.
    ['submitted', 'cell-approve', 'cell', 'approved'],
    ['submitted', 'cell-reject', 'cell', 'rejected'],
    ['submitted', 'propose', 'cell', 'cell-decides'],
    // The committee decides what was proposed, or sends it back with a question.
    ['proposed', 'approve', 'grassroots', 'approved'],
    ['proposed', 'reject', 'grassroots', 'rejected'],
    ['proposed', 'ask-more', 'grassroots', 'submitted'],
    // Nothing is decided twice, nor by the wrong side.
    ['proposed', 'propose', 'grassroots', 'already-decided'],
    ['proposed', 'cell-reject', 'grassroots', 'already-decided'],
    ['submitted', 'approve', 'grassroots', 'already-decided'],
    ['submitted', 'ask-more', 'grassroots', 'already-decided'],
    ['approved', 'reject', 'grassroots', 'already-decided'],
    ['rejected', 'approve', 'grassroots', 'already-decided'],
    ['withdrawn', 'propose', 'grassroots', 'already-decided'],
    ['approved', 'cell-approve', 'cell', 'already-decided'],
    ['not_required', 'propose', 'grassroots', 'not-an-application'],
    ['submitted', 'propose', 'none', 'not-an-application'],
  ])('%s + %s (decided by %s) -> %s', (stage, step, level, expected) => {
    const outcome = nextStage(stage, step, level);
    expect('stage' in outcome ? outcome.stage : outcome.refused).toBe(expected);
  });

  it('tells the secretary what the committee did, not what the cell did itself', () => {
    expect(secretaryToldOf('approve')).toBe(true);
    expect(secretaryToldOf('reject')).toBe(true);
    expect(secretaryToldOf('ask-more')).toBe(true);
    expect(secretaryToldOf('propose')).toBe(false);
    expect(secretaryToldOf('cell-approve')).toBe(false);
  });
});

describe('who may decide', () => {
  it.each<[string, string, boolean]>([
    ['NA/CL/NH', 'NA/CL/NH', true],
    ['NA/CL', 'NA/CL/NH', true],
    ['NA', 'NA/CL/NH', true],
    // Another grassroots committee, or a code that only starts the same way.
    ['NA/CL/NT', 'NA/CL/NH', false],
    ['NA/CL/N', 'NA/CL/NH', false],
    // Below the deciding unit: a cell's officer does not decide for its committee.
    ['NA/CL/NH/HT', 'NA/CL/NH', false],
  ])('an officer of %s for what %s decides: %s', (officer, deciding, expected) => {
    expect(officerCovers(officer, deciding)).toBe(expected);
  });
});
