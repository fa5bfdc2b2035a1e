import { NEXT_STEPS_ID, NEXT_STEP_LINKS } from '@/lib/view/next-steps';
import { Heading, below, type Level } from './heading';

/**
 * "What you can do": plain next steps for a resident who has read what CQC
 * found, in the site's voice and labelled as the site's, linking to national
 * services only (the facts and their sources: docs/next-steps.md).
 */

export function NextSteps({ authority, level = 2 }: { authority: string; level?: Level }) {
  const sub = below(level);
  return (
    <section aria-labelledby={NEXT_STEPS_ID} className="next-steps">
      <Heading level={level} id={NEXT_STEPS_ID}>What you can do</Heading>
      <p className="site-voice">This section is this site&apos;s, not CQC&apos;s: general steps anyone can take, with links to national services.</p>
      <Heading level={sub}>Ask for an assessment</Heading>
      <p>
        If you, or someone you know, may need care and support, you can ask {authority}&apos;s adult social care team for a needs
        assessment. It is free, whatever your income or savings. If you look after someone without being paid, you can ask for a
        carer&apos;s assessment for yourself.
      </p>
      <ul>
        <li><a href={NEXT_STEP_LINKS.needsAssessment}>Apply for a needs assessment by social services (GOV.UK)</a></li>
        <li><a href={NEXT_STEP_LINKS.carersAssessment}>Carer&apos;s assessment (GOV.UK)</a></li>
        <li><a href={NEXT_STEP_LINKS.findCouncil}>Find your local council&apos;s contact details by postcode (GOV.UK)</a></li>
      </ul>
      <Heading level={sub}>Complain</Heading>
      <p>
        Complain to the council first, under its adult social care complaints procedure. If you are not satisfied with its answer,
        the Local Government and Social Care Ombudsman can look at your complaint: it is free and independent, and covers adult social
        care the council arranged, whoever provides it.
      </p>
      <ul>
        <li><a href={NEXT_STEP_LINKS.ombudsman}>Complaints about adult social care arranged by councils (the Ombudsman)</a></li>
      </ul>
      <Heading level={sub}>Tell someone independent</Heading>
      <p>
        Your local Healthwatch gathers people&apos;s views of health and social care in your area. In 2025 the government said it
        would abolish local Healthwatch organisations, which needs a change in the law, so check that yours is still running.
      </p>
      <ul>
        <li><a href={NEXT_STEP_LINKS.healthwatch}>Healthwatch England, and how to find your local Healthwatch</a></li>
      </ul>
    </section>
  );
}
