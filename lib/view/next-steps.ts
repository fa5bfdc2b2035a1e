/**
 * Where "What you can do" (components/next-steps.tsx) points: national
 * services only, never a council's own pages, which the site does not hold.
 * The facts each step states, with their sources: docs/next-steps.md.
 */
export const NEXT_STEP_LINKS = {
  needsAssessment: 'https://www.gov.uk/apply-needs-assessment-social-services',
  carersAssessment: 'https://www.gov.uk/carers-assessment',
  findCouncil: 'https://www.gov.uk/find-local-council',
  ombudsman: 'https://www.lgo.org.uk/make-a-complaint/fact-sheets/social-care/social-care-for-adults/complaints-about-adult-social-care-arranged-by-councils',
  healthwatch: 'https://www.healthwatch.co.uk',
} as const;

/** The section's id, for the overview's contents list. */
export const NEXT_STEPS_ID = 'what-you-can-do';
