import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getAssessments } from '@/lib/content';
import { SITE_NAME, siteOperator } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { pageMetadata } from '@/lib/view/metadata';
import { ABOUT_PATH } from '@/lib/view/site-pages';
import { CQC_WEBSITE } from '@/lib/view/sources';

/** When this statement was last reviewed against the site; change it when you re-test. */
const PREPARED = '26 November 2026';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(`Accessibility statement - ${SITE_NAME}`, `How accessible ${SITE_NAME} is, what is not yet accessible, and how to report a problem.`,
    '/accessibility', homeCard((await getAssessments()).length));
}

export default function AccessibilityPage() {
  const { owner, email } = siteOperator();
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current="Accessibility statement" />
      <h1>Accessibility statement for {SITE_NAME}</h1>
      <p className="lead">This statement covers this website, which shows the Care Quality Commission&apos;s local authority assessments.</p>
      <p>We want as many people as possible to be able to use this website. For example, you should be able to:</p>
      <ul>
        <li>zoom in up to 400% without the text spilling off the screen, and read every page on a phone</li>
        <li>get from the start of each page to its content with a &ldquo;skip to main content&rdquo; link</li>
        <li>navigate the whole website using just a keyboard, and see where you are on the page</li>
        <li>navigate and read every page, table and score with a screen reader</li>
        <li>read everything with JavaScript turned off</li>
      </ul>
      <p>Scores and ratings are always written in words; colour and the small pictures beside them only repeat what the words say.</p>

      <h2>How accessible this website is</h2>
      <p>Some parts of this website are harder to use than we would like, though as far as we know none of them fails the standard:</p>
      <ul>
        <li>the report text is the Care Quality Commission&apos;s, word for word, so some sentences are long and use terms such as &ldquo;Section 42&rdquo; or dataset names; each page explains the terms it uses in a list after the report&apos;s text, and the comparison tables name each dataset</li>
        <li>on narrow screens each figure of a comparison table is shown as a block of labelled lines; screen readers still hear it as a table</li>
        <li>the share card images made for social media repeat the page&apos;s title and score as alt text</li>
      </ul>

      <h2>Feedback and contact information</h2>
      {email ? (
        <>
          <p>If you find a problem with this website, or need the information in a different format, tell us what you need and which page it is on.</p>
          <p>Email <a href={`mailto:${email}`}>{email}</a>. We aim to reply within 5 working days.</p>
        </>
      ) : null}
      {owner ? <p>This website is run by {owner}; the <a href={ABOUT_PATH}>About page</a> says more.</p> : null}
      <p>
        Each report shown here is the Care Quality Commission&apos;s: the link beside each council&apos;s rating leads to it on{' '}
        <a href={CQC_WEBSITE}>CQC&apos;s website</a>, which says how to ask CQC for a report in another format.
      </p>

      {email ? (
        <>
          <h2>Reporting accessibility problems with this website</h2>
          <p>We are always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we are not meeting accessibility requirements, contact us as above.</p>
        </>
      ) : null}

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile
        Applications) (No. 2) Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;). If you are not happy with how
        a complaint about accessibility is answered, contact the Equality Advisory and Support Service (EASS).
      </p>

      <h2>Technical information about this website&apos;s accessibility</h2>
      <p>We are committed to making this website accessible, in accordance with the accessibility regulations.</p>
      <h3>Compliance status</h3>
      <p>This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, as far as our testing shows (below).</p>

      <h2>How we tested this website</h2>
      <p>
        Every page is checked automatically each time the site is built: with axe (WCAG 2.0, 2.1 and 2.2 A and AA rules and best
        practices) at a phone and a desktop width, with the W3C Nu HTML checker, and with a keyboard test that tabs through each
        page and checks every control shows where focus is. We also checked pages by hand at 320 pixels wide, at 200% zoom and
        in print. We have not yet tested with users of assistive technology.
      </p>

      <h2>Preparation of this accessibility statement</h2>
      <p>This statement was prepared on {PREPARED}. It was last reviewed on {PREPARED}.</p>
      <p><a href="/">Go to the list of assessments</a></p>
    </>
  );
}
