// @ts-check
/**
 * A participant for tests, with neutral defaults; `over` sets what a test is about.
 * @param {string} id application id
 * @param {Partial<import('../scoring.js').Person>} [over]
 * @returns {import('../scoring.js').Person}
 */
export function testPerson(id, over = {}) {
  return {
    id,
    personId: `person-${id}`,
    name: id,
    email: `${id}@example.org`,
    organisationId: 'org',
    unitId: `unit-${id}`,
    managerChain: [],
    title: null,
    organisationName: 'Org',
    yearsAsManager: null,
    competenceAreas: [],
    developmentGoals: null,
    interests: [],
    languages: [],
    location: null,
    meetingPreference: null,
    availability: null,
    wishes: null,
    tooClose: [],
    eligible: true,
    confirmed: true,
    capacity: 1,
    ...over,
  };
}
