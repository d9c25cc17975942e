/**
 * Job listings written for the listing-analysis tests (invented; no real advert is copied). Each one
 * exercises a different way adverts are written: UK headings and spelling, US headings and spelling,
 * plain paragraphs with sentence cues, another language, only the employer's standard wording, and a
 * role with nothing PMO in it.
 */

/** A UK programme PMO advert: British spelling, "Essential criteria" / "Desirable criteria", £ salary. */
export const UK_LISTING = `Programme PMO Analyst
Harbourside Borough Council

About the role
You will join the transformation programme office and support the organisation's portfolio board. You will maintain the RAID log, produce weekly highlight reports and help with prioritisation of programme investments.

Essential criteria:
- Strong stakeholder management across senior leaders
- Experience of benefits realisation and change control
- Advanced Excel and good knowledge of Power BI
- PRINCE2 Practitioner

Desirable criteria:
- MSP Foundation or another programme qualification
- Familiarity with SharePoint

What we offer
Salary: £38,000 - £42,000 per annum, a generous pension and 27 days' annual leave.
We will pay for your APM PMQ and give you study days.

We are an equal opportunities employer and welcome P3O holders and newcomers alike, regardless of age, disability or ethnicity.
`;

/** A US program PMO advert: American spelling, "Requirements" / "Nice to have", years and a degree, $ salary. */
export const US_LISTING = `Program Management Analyst
Lakeshore Logistics Inc.

What you'll do
Support the program management office across the organization. Track risk management actions, build dashboards in Power BI and keep the resource planning current.

Requirements
- 5+ years of experience in a PMO or project controls role
- Bachelor's degree in business or a related field
- PMP or CAPM certification
- Strong MS Project and Jira skills

Nice to have
- Smartsheet
- Lean Six Sigma

Compensation
$85,000 - $95,000 a year plus medical, dental and 401(k).
`;

/** Plain paragraphs: no headings, only words in the sentences say what is essential or desirable. */
export const PARAGRAPH_LISTING = `We are looking for a PMO Coordinator to join our small delivery team in Leeds. The coordinator keeps the risk register and the project schedule up to date and prepares the monthly status reporting pack for the steering group. Candidates must hold PMP or be working towards it. PRINCE2 would be an advantage. Experience of Smartsheet is desirable. You will work closely with the finance team on budget tracking every month.`;

/** A French PMO advert: almost no English words. */
export const FRENCH_LISTING = `Analyste PMO
Nous recherchons un analyste PMO pour rejoindre notre bureau de gestion de projets à Lyon. Vous serez chargé du suivi des indicateurs, de la préparation des comités de pilotage et de la mise à jour des plannings. Vous travaillerez avec les chefs de projet et la direction financière sur le suivi budgétaire mensuel. Une certification PRINCE2 serait appréciée. Nous offrons un contrat à durée indéterminée, du télétravail partiel et une mutuelle.`;

/** Nothing but the employer's standard wording. */
export const BOILERPLATE_LISTING = `We are an equal opportunities employer and welcome applications regardless of background.
Salary: £30,000 - £34,000 per annum.
How to apply: click apply and upload your CV.`;

/** A role with no PMO terms at all. */
export const CHEF_LISTING = `Head Chef
The Old Mill Kitchen

The role
We are looking for a head chef to run our busy kitchen. You will plan seasonal menus, order fresh produce from local suppliers, train the kitchen team and keep the kitchen spotless. You will cook for up to eighty covers on a Saturday night and keep food costs under control.
`;
