import type { Translation } from './translation';

export const en: Translation = {
  app: {
    name: 'NTM Nâng cao — Sơn La',
    shortName: 'NTM Nâng cao',
    skipToContent: 'Skip navigation, go to the main content',
    openMenu: 'Open the navigation menu',
    mainNavigation: 'Main navigation',
    menuTitle: 'Menu',
  },
  header: {
    language: 'Language',
    logout: 'Log out',
    userMenu: 'Account: {{name}}',
  },
  roles: {
    coordinator: 'Provincial coordinator',
    'department-appraiser': 'Department appraiser',
    'finance-planner': 'Finance planner',
    'district-officer': 'District officer',
    'commune-officer': 'Commune officer',
    observer: 'Observer (read only)',
    'external-system': 'External system',
    none: 'No role',
  },
  scope: {
    district: 'district {{code}}',
    department: 'department {{code}}',
    unit: 'commune {{code}}',
  },
  nav: {
    dashboard: 'Province dashboard',
    districtDashboard: 'District dashboard',
    myCommune: 'My commune',
    communes: 'Communes',
    districtCommunes: 'Communes of the district',
    assessments: 'Assessments',
    myAssessment: "The commune's self-assessment",
    appraisal: 'Appraisal',
    myAppraisal: "Appraisal: my department's criteria",
    catalogue: 'Criteria catalogue',
    plans: 'Plans and targets',
    funding: 'Funding',
    districtFunding: "The district's funding",
    obstacles: 'Obstacles',
    reports: 'Reports',
    decision: 'Decision support',
    audit: 'Audit log',
  },
  areas: {
    dashboard: {
      intro: 'Progress of plan 111/KH-UBND across the province.',
      cap: {
        targets: "The plan's targets, their progress and the communes behind each number",
        levels: 'Communes by standard level, per district',
        pilots: 'The three pilot communes: Chiềng Ban, Mường Sang, Chiềng Cọ',
        pipeline: 'Assessments by workflow state',
        funding: 'Funding by source: planned, allocated, disbursed',
      },
    },
    districtDashboard: {
      intro: "The district's communes and the district's plan.",
      cap: {
        overview: "Each commune's level, criteria met and assessment state",
        plan: "The district's plan, roadmap and deadlines",
      },
    },
    myCommune: {
      intro: "The commune's scorecard against the current criteria set.",
      cap: {
        scorecard: 'Each criterion: met, nearly met or not met',
        gap: 'The gap to the standard and the indicators still missing',
        history: 'Recognition history and boundary changes',
        funding: 'Funding the commune has received',
      },
    },
    communes: {
      intro: 'Communes, wards and townships and their new-rural standard level.',
      cap: {
        filter: 'Filter by district, level, pilot, criteria met, assessment state',
        scorecard: "Each commune's scorecard",
      },
    },
    assessments: {
      intro: "Communes' self-assessments and the appraisal workflow.",
      cap: {
        list: 'Assessments and the state of each',
        history: 'The history of each assessment',
        create: 'Start a self-assessment',
        importExcel: 'Import from the Excel template',
        submit: 'Submit for appraisal',
        return: 'Return the assessment',
        recognise: 'Record the recognition decision',
        bulk: 'Bulk actions',
      },
    },
    appraisal: {
      intro: 'Appraisal of the criteria each department is responsible for.',
      cap: {
        queue: 'Criteria waiting for appraisal',
        appraise: 'Appraise criteria',
      },
    },
    catalogue: {
      intro: 'Criteria sets, their versions and where each value comes from.',
      cap: {
        browse: 'Browse criteria sets and versions',
        provenance: 'Where each value comes from (document, reconstructed, not found)',
        diff: 'Compare two versions',
        editDraft: 'Edit the draft',
        derive: 'Derive a new version',
        publish: 'Publish the version',
      },
    },
    plans: {
      intro: "The plan's targets and the districts' plans.",
      cap: {
        targets: 'Targets and their progress',
        districtPlans: "The districts' plans and roadmaps",
        edit: 'Edit targets',
      },
    },
    funding: {
      intro: 'Funding from plan to allocation to disbursement.',
      cap: {
        ledger: 'Capital plans, allocations and disbursements by source',
        export: 'Export reports to Excel',
        record: 'Record capital plans, allocations, disbursements',
      },
    },
    obstacles: {
      intro: 'Difficulties reported to the coordination office.',
      cap: {
        list: 'Obstacles and their answers',
        raise: 'Report an obstacle',
        answer: 'Answer and close obstacles',
      },
    },
    reports: {
      intro: 'Funding reports.',
      cap: {
        funding: 'Funding by year, unit and source',
        export: 'Export reports to Excel',
      },
    },
    decision: {
      intro: 'Gap costs, budget proposals, what-if under another criteria set, forecasts.',
      cap: {
        proposal:
          'Propose a year’s budget allocation, keep and compare scenarios, accept one into draft allocations',
        gapCosts:
          'What reaching the standard costs each commune, ranked by district; estimates and unit costs',
        whatIf: 'Which communes would gain or lose the standard under another criteria-set version',
        forecast: 'The plan’s targets forecast at their deadline',
      },
    },
    audit: {
      intro: 'Who did what, when, to which record.',
      cap: {
        timeline: 'The history of changes as a timeline',
        verify: "Check the log's integrity",
      },
    },
  },
  auth: {
    connecting: 'Connecting to the login server…',
    failed: 'Login failed',
    failedBody:
      'The login server did not answer or refused the request. Try again in a few minutes.',
    retry: 'Log in again',
    loggedOutTitle: 'You have logged out',
    loggedOutBody: 'Your session has ended. Close the browser if this is a shared computer.',
    loginAgain: 'Log in again',
  },
  errors: {
    forbiddenTitle: 'Access denied',
    forbiddenBody: 'Your role may not see this page.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no such address in the system.',
    unexpectedTitle: 'Something went wrong',
    unexpectedBody:
      'The page failed unexpectedly. Reload it; if the error persists, tell the coordination office.',
    noAccessTitle: 'This account may not use this application',
    noAccessBody: 'Your account has no role in the system. Contact the coordination office.',
    externalSystemBody:
      'External-system accounts use the published status API only; they do not log into this application.',
    backHome: 'Back to the start page',
    reload: 'Reload the page',
    configTitle: 'The application configuration is invalid',
    chunkTitle: 'This screen could not be loaded',
    chunkBody:
      'The system may just have been updated, or the network dropped. Reload the page to continue.',
  },
  states: {
    loading: 'Loading…',
    empty: 'No data yet',
    error: 'The data could not be loaded',
    retry: 'Try again',
  },
  problem: {
    network: 'The server cannot be reached. Check the network and try again.',
    fieldErrors: 'Fields to correct:',
    close: 'Close the error message',
    outcomeUnknown:
      'The database connection was lost while saving: the change may or may not have been saved. Reload to check before sending it again.',
    status: {
      '400': 'The data sent is not valid',
      '401': 'Your login session has expired',
      '403': 'Your role may not do this',
      '404': 'Not found',
      '409': 'The change conflicts with existing data',
      '412': 'Someone else changed this meanwhile. Reload and apply your change again.',
      '422': 'The data breaks a business rule',
      '428': 'The data version (If-Match) is missing',
      '500': 'Server error',
      '503': 'The system is briefly unavailable; nothing was changed. Try again in a few seconds.',
      other: 'The request could not be carried out',
    },
  },
  chart: {
    view: 'Display as',
    asChart: 'Chart',
    asTable: 'Table',
    chartAlt: 'Chart: {{title}}. The figures are in the table.',
  },
};
