/**
 * The layer rules, checked by `npm run lint` (dependency-cruiser):
 * shared/ is the layer both processes use and depends on nothing of ours; the engine never touches Electron
 * (only its adapter in main/electron/ does); the page sees only shared/, its own files and preload types.
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-self-contained',
      comment: 'shared/ imports nothing of ours outside shared/.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(main|preload|renderer|test|scripts)/' },
    },
    {
      name: 'shared-uses-pure-libraries',
      comment:
        'shared/ runs in Node and in the page: no Node built-ins, and of libraries only zod, i18next and punycode (IDNA ToUnicode, which neither side has built in).',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^node_modules/(zod|i18next|punycode)/',
      },
    },
    {
      name: 'engine-without-electron',
      comment: 'Nothing under main/ imports electron except the Electron adapter in main/electron/.',
      severity: 'error',
      from: { path: '^main/', pathNot: '^main/electron/' },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'main-does-not-reach-into-the-page',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^(renderer|preload)/' },
    },
    {
      name: 'renderer-sees-shared-and-its-own',
      comment: 'The renderer imports shared/, its own files and libraries for the page; nothing of main/.',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: { path: '^(main|test|scripts)/' },
    },
    {
      name: 'renderer-takes-only-types-from-preload',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: { path: '^preload/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-without-node',
      comment: 'The page is sandboxed: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'preload-sees-shared-and-electron',
      comment: 'preload/ imports only shared/ and electron.',
      severity: 'error',
      from: { path: '^preload/' },
      to: { pathNot: '^(shared|preload)/|^node_modules/electron/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    exclude: { path: '^dist/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
