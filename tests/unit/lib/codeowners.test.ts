/**
 * The clinician approves every change to what the quiz decides and says: each folder of quiz
 * records, in both languages, and the test stories. A new kind of record added to the data
 * model without a CODEOWNERS line would slip past that approval.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { folders } from '../../../src/lib/warning-signs';

const owned = readFileSync('.github/CODEOWNERS', 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.trim().split(/\s+/)[0]);

describe('CODEOWNERS', () => {
  it.each(Object.values(folders))(
    'asks the clinician to approve %s, English and Spanish',
    (folder) => {
      expect(owned).toContain(`/src/content/${folder}/`);
      expect(owned).toContain(`/src/content/es/${folder}/`);
    },
  );

  it('asks the clinician to approve the quiz stories, English and Spanish', () => {
    expect(owned).toContain('/src/content/quiz-stories.yaml');
    expect(owned).toContain('/src/content/es/quiz-stories.yaml');
  });
});
