import { DATASETS, DATASET_TABLE, type Dataset } from '@/lib/assessment';

/**
 * The glossary: every dataset the comparisons cite, and the report's
 * acronyms and terms, in plain English. Facts about the datasets come from
 * their publishers (CQC, NHS England, DHSC and Skills for Care).
 *
 * `match` lists the spellings marked on first use in the report's text:
 * acronyms match case-sensitively, phrases in any case.
 */

export type GlossaryEntry = {
  id: string;
  term: string;
  /** The short form the report uses, shown in an <abbr>. */
  abbreviation?: string;
  /** One line, for the title of the marked-up term. */
  short: string;
  definition: string[];
  match: string[];
  dataset?: { code: Dataset; publisher: string; frequency: string };
};

type DatasetProse = Pick<GlossaryEntry, 'short' | 'definition'> & { publisher: string; frequency: string };

const SURVEY_CAVEAT = 'Survey results describe people\u2019s experience; they are not on their own a judgement of how well a council performs.';

/** What the glossary says of each dataset; its code, name, address and spellings come from the one table (lib/assessment/datasets.ts). */
const DATASET_PROSE: { readonly [Code in Dataset]: DatasetProse } = {
  ASCS: {
    short: 'A yearly national survey of people who get long-term care and support',
    definition: ['The Personal Social Services Adult Social Care Survey, England, asks people aged 18 and over who receive long-term support funded or managed by their council how satisfied they are, how much control they have over daily life, whether they feel safe and more.', SURVEY_CAVEAT],
    publisher: 'NHS England (NHS Digital before 2023), now published on GOV.UK',
    frequency: 'Every year',
  },
  SACE: {
    short: 'A national survey of unpaid carers, every two years',
    definition: ['The Personal Social Services Survey of Adult Carers in England asks carers aged 18 and over who look after someone aged 18 and over about their quality of life, the support they get and how easy it is to find information.', SURVEY_CAVEAT],
    publisher: 'NHS England (NHS Digital before 2023), now published on GOV.UK',
    frequency: 'Every two years (2021-22, postponed from 2020, then 2023-24)',
  },
  SALT: {
    short: 'Councils\u2019 yearly return on the support they provide',
    definition: ['Each council\u2019s annual return of the short-term and long-term support it provides, such as how many people had their long-term support reviewed. Published in the Adult Social Care Activity and Finance Report; replaced by Client Level Data from April 2024.'],
    publisher: 'NHS England, in the Adult Social Care Activity and Finance Report',
    frequency: 'Every year (until 2023-24)',
  },
  ASCOF: {
    short: 'National measures of how well care and support achieve outcomes that matter to people',
    definition: ['A set of indicators of how well care and support achieve the outcomes that matter most to people, such as older people still at home 91 days after leaving hospital into reablement. It draws on the surveys (ASCS, SACE), the activity returns (SALT, now Client Level Data) and the Safeguarding Adults Collection.'],
    publisher: 'Department of Health and Social Care, as official statistics',
    frequency: 'Every year',
  },
  SCWE: {
    short: 'Estimates of the adult social care workforce',
    definition: ['Estimates of the size and make-up of the adult social care workforce, including training such as the Care Certificate, modelled from the Adult Social Care Workforce Data Set.'],
    publisher: 'Skills for Care, a charity and named producer of official statistics',
    frequency: 'Every year, each October',
  },
  SAC: {
    short: 'The yearly national return on safeguarding concerns and enquiries',
    definition: ['The mandatory annual return of safeguarding concerns, Section 42 enquiries and other enquiries each council handled between 1 April and 31 March, including whether people who lacked capacity were supported by an advocate, family member or friend.'],
    publisher: 'NHS England, now published on GOV.UK',
    frequency: 'Every year',
  },
};

/** A dataset's entry: one always has its dataset, so finding one by code needs no fallback. */
type DatasetEntry = GlossaryEntry & Required<Pick<GlossaryEntry, 'dataset'>>;

export const DATASET_ENTRIES: readonly DatasetEntry[] = DATASETS.map((code) => {
  const { name, glossaryId, initials, names } = DATASET_TABLE[code];
  const { short, definition, publisher, frequency } = DATASET_PROSE[code];
  return { id: glossaryId, term: name, abbreviation: code, short, definition, match: [...initials, ...names], dataset: { code, publisher, frequency } };
});

export const TERM_ENTRIES: readonly GlossaryEntry[] = [
  { id: 'care-act-2014', term: 'Care Act 2014', short: 'The law that sets out councils\u2019 adult social care duties', definition: ['The law that sets out what councils in England must do for adults who need care and support and for their carers. CQC assesses councils against Part 1 of the Act.'], match: ['Care Act 2014'] },
  { id: 'cqc', term: 'Care Quality Commission', abbreviation: 'CQC', short: 'The independent regulator of health and adult social care in England', definition: ['The independent regulator of health and adult social care in England. Since December 2023 it assesses how each council meets its adult social care duties.'], match: ['CQC'] },
  { id: 'dass', term: 'Director of Adult Social Services', abbreviation: 'DASS', short: 'The council officer responsible for adult social care', definition: ['The senior officer every council must appoint to lead its adult social care services.'], match: ['DASS'] },
  { id: 'dols', term: 'Deprivation of Liberty Safeguards', abbreviation: 'DoLS', short: 'Legal checks when a person who lacks capacity is deprived of their liberty for their care', definition: ['The legal process, under the Mental Capacity Act, that councils must follow before a person who lacks the mental capacity to agree to their care arrangements can be deprived of their liberty in a care home or hospital.'], match: ['DoLS', 'DoLs', 'DOLs'] },
  { id: 'mca', term: 'Mental Capacity Act 2005', abbreviation: 'MCA', short: 'The law on decisions for people who may lack capacity to make them', definition: ['The law that protects people who may not be able to make some decisions for themselves, and sets out how decisions are made in their best interests.'], match: ['MCA'] },
  { id: 'section-42', term: 'Section 42 enquiry', short: 'A council\u2019s safeguarding enquiry under section 42 of the Care Act', definition: ['The enquiry a council must make, or ask others to make, when it thinks an adult with care and support needs may be at risk of abuse or neglect (section 42 of the Care Act 2014).'], match: ['Section 42'] },
  { id: 'sar', term: 'Safeguarding Adults Review', abbreviation: 'SAR', short: 'A review after an adult is seriously harmed or dies through abuse or neglect', definition: ['A review a Safeguarding Adults Board must hold when an adult dies or is seriously harmed through abuse or neglect and agencies could have worked together better, so that lessons are learned.'], match: ['SARs', 'SAR'] },
  { id: 'safeguarding-adults-board', term: 'Safeguarding Adults Board', short: 'The local partnership that oversees adult safeguarding', definition: ['The statutory partnership of the council, NHS and police in an area that oversees how adults are protected from abuse and neglect.'], match: ['Safeguarding Adults Board'] },
  { id: 'making-safeguarding-personal', term: 'Making Safeguarding Personal', short: 'Safeguarding led by what the person wants', definition: ['An approach to safeguarding that puts the person at its centre and works towards the outcomes they want.'], match: ['Making Safeguarding Personal'] },
  { id: 'ics', term: 'Integrated care system', abbreviation: 'ICS', short: 'A partnership of the NHS, councils and others in an area', definition: ['A partnership of NHS organisations, councils and others that plans and joins up health and care services for an area.'], match: ['ICS', 'integrated care system'] },
  { id: 'bcf', term: 'Better Care Fund', abbreviation: 'BCF', short: 'Pooled NHS and council money for joined-up care', definition: ['A national programme under which councils and the NHS pool budgets to pay for joined-up health and social care, such as support to leave hospital.'], match: ['BCF', 'Better Care Fund'] },
  { id: 'direct-payments', term: 'Direct payments', short: 'Money from the council so a person can arrange their own care', definition: ['Money the council pays a person, instead of arranging services for them, so they can choose and buy the care and support they are assessed as needing.'], match: ['direct payments', 'direct payment'] },
  { id: 'reablement', term: 'Reablement', short: 'Short-term support to regain skills and independence', definition: ['Short-term support, usually for up to six weeks and often after a stay in hospital, that helps people relearn everyday skills and live as independently as possible.'], match: ['reablement'] },
  { id: 'unpaid-carer', term: 'Unpaid carer', short: 'Someone who looks after a relative or friend without being paid', definition: ['A family member, friend or neighbour who looks after someone without being paid for it. Councils must assess and support unpaid carers who need it.'], match: ['unpaid carers', 'unpaid carer'] },
  { id: 'advocacy', term: 'Independent advocacy', short: 'Support to have your say in decisions about your care', definition: ['Support from an independent advocate to help a person understand their rights, express their views and take part in decisions about their care. Councils must provide it in some circumstances.'], match: ['advocacy'] },
  { id: 'section-117', term: 'Section 117 aftercare', short: 'Free aftercare for people who were detained under the Mental Health Act', definition: ['Free aftercare that the NHS and councils must provide to people who have been kept in hospital under certain sections of the Mental Health Act 1983.'], match: ['Section 117'] },
  { id: 'section-75', term: 'Section 75 agreement', short: 'An agreement for the NHS and a council to share budgets or staff', definition: ['An agreement under section 75 of the National Health Service Act 2006 that lets the NHS and a council pool budgets or delegate functions to each other.'], match: ['Section 75'] },
  { id: 'lgsco', term: 'Local Government and Social Care Ombudsman', abbreviation: 'LGSCO', short: 'The independent body that investigates complaints about councils and care', definition: ['The independent body that looks into complaints about councils and adult social care providers when they have not been resolved locally.'], match: ['LGSCO'] },
  { id: 'jsna', term: 'Joint Strategic Needs Assessment', short: 'A council and NHS assessment of an area\u2019s health and care needs', definition: ['The assessment councils and the NHS make together of the current and future health and care needs of their area\u2019s population.'], match: ['Joint Strategic Needs Assessment'] },
  { id: 'co-production', term: 'Co-production', short: 'Designing services together with the people who use them', definition: ['Working with people who use services, and their carers, as equal partners in designing and improving those services.'], match: ['co-production'] },
  { id: 'imd', term: 'Index of Multiple Deprivation', abbreviation: 'IMD', short: 'The official measure of relative deprivation in England', definition: ['The official measure of how deprived areas in England are relative to each other, combining income, employment, health, education, crime, housing and living environment.'], match: ['IMD'] },
  { id: 'edi', term: 'Equality, diversity and inclusion', abbreviation: 'EDI', short: 'Work to treat people fairly and include everyone', definition: ['Work to make sure people are treated fairly, differences are respected and everyone can take part.'], match: ['EDI'] },
];

export const GLOSSARY: readonly GlossaryEntry[] = [...DATASET_ENTRIES, ...TERM_ENTRIES];

export const GLOSSARY_PATH = '/glossary';

export function glossaryHref(entry: Pick<GlossaryEntry, 'id'>): string {
  return `${GLOSSARY_PATH}#${entry.id}`;
}

/** The glossary entry of a dataset code, if there is one. */
export function datasetEntry(code: Dataset): GlossaryEntry | undefined {
  return DATASET_ENTRIES.find((e) => e.dataset.code === code);
}
