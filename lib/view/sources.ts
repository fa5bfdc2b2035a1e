/**
 * Where the site's material comes from and on what terms: one home for each
 * of these addresses and words, so the footer, the About page, the
 * downloads and the method page say the same thing.
 */

/** CQC's website, for a report whose own address the register does not have. */
export const CQC_WEBSITE = 'https://www.cqc.org.uk/';

/** CQC's published method for local authorities' ratings. */
export const CQC_METHOD_URL = 'https://www.cqc.org.uk/guidance-regulation/local-authorities/how-we-determine-ratings';

/** The Open Government Licence v3.0, under which CQC's website content (Crown copyright) may be re-used. */
export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** The licence's name as it asks to be cited. */
export const OGL_NAME = 'Open Government Licence v3.0';

/** The attribution the licence asks re-users to give. */
export const OGL_ATTRIBUTION = `Contains public sector information licensed under the ${OGL_NAME}`;

/** The attribution with the licence's address, for plain text (the downloads). */
export const OGL_ATTRIBUTION_TEXT = `${OGL_ATTRIBUTION} (${OGL_URL})`;

/** CQC's list of every local authority assessment report: where a reader finds a report this site does not hold. */
export const CQC_REPORTS_URL = 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports';
