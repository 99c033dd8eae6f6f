// The console's English strings. A string with `{name}` takes that parameter; one with `one` and
// `other` forms is chosen by Intl.PluralRules for its `count`. es.ts has the same keys (the type
// checker and test/i18n.test.ts hold it to that), so a translator reads only these two files.

export const en = {
  'app.loading': 'Loading the console…',
  'app.skip': 'Skip to content',
  'app.brand': 'Zactonics Agent Hub',
  'app.nav': 'Console',
  'app.menu': 'Menu',
  'app.signOut': 'Sign out',
  'app.signedOut': 'You were signed out; sign in again.',
  'app.youSignedOut': 'You signed out.',
  'app.areaFailed': 'The {area} area could not be loaded ({reason}). Reload the page to try again.',
  'app.notFound': 'Page not found',
  'app.toDashboard': 'Go to the dashboard',
  'app.titleSuffix': 'Zactonics console',
  'app.preferences': 'Display',

  'page.dashboard': 'Dashboard',
  'page.agents': 'Agents',
  'page.scenarios': 'Scenarios',
  'page.activity': 'Activity',
  'page.run': 'Run',
  'page.review': 'Review inbox',
  'page.conversations': 'Conversations',
  'page.knowledge': 'Knowledge base',
  'page.leads': 'Leads',
  'page.finance': 'Finance',
  'page.reports': 'Reports',
  'page.tax': 'Tax',
  'page.content': 'Content',
  'page.automation': 'Automation',
  'page.settings': 'Settings',
  'page.audit': 'Audit log',
  'page.outbox': 'Outbox',
  'page.account': 'Account',
  'page.set-password': 'Choose your password',
  'page.sign-in': 'Sign in',
  'page.not-found': 'Not found',

  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'language.label': 'Language',
  'language.workspace': 'Workspace default',

  'state.loading': 'Loading…',

  'signIn.title': 'Sign in to the console',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.busy': 'Signing in…',
  'signIn.missing': 'Enter your email and password.',
  'signIn.forgot':
    'Forgot your password? An owner can give you a reset link from their Account page; the owner of a self-hosted hub resets theirs with the reset-password command (see docs/SECURITY.md).',
  'signIn.demoHint': 'See the demo storefront with the chat widget at',

  'settings.pkTitle': 'Widget keys (publishable)',
  'settings.pkNone': 'No widget keys.',
  'settings.pkMissing': 'A widget key needs a name and at least one allowed origin.',
  'settings.pkCreated': 'Widget key created.',
  'settings.pkRevoked': 'Widget key revoked.',
  'settings.pkNew': 'New widget key',
  'settings.pkCreate': 'Create widget key',
  'settings.nameAndKey': 'Name and key',
  'settings.name': 'Name',
  'settings.origins': 'Allowed origins',
  'settings.originsOf': 'Allowed origins of {name} (one a line)',
  'settings.originsHint': 'Allowed origins (one a line)',
  'settings.originsSaved': 'Allowed origins saved.',
  'settings.saveOrigins': 'Save origins',
  'settings.actions': 'Actions',
  'settings.revoke': 'Revoke',
  'settings.revokeNamed': 'Revoke {name}',
  'settings.revoked': 'revoked',
  'settings.revokedAt': 'revoked {time}',
  'settings.skTitle': 'Secret keys (API)',
  'settings.skMissing': 'Give the secret key a name.',
  'settings.skCreated': 'Secret key created: copy it now, it is shown only once.',
  'settings.skRevoked': 'Secret key revoked.',
  'settings.skCopyNow': 'Copy this key now; it will not be shown again:',
  'settings.skCopied': 'I copied it',
  'settings.skNew': 'New secret key',
  'settings.skName': 'New secret key name',
  'settings.skCreate': 'Create secret key',
  'settings.prefix': 'Prefix',
  'settings.lastUsed': 'Last used',
  'settings.exportTitle': 'Workspace data',
  'settings.exportText':
    'Every row of this workspace as JSON lines, to keep an archive or to move the shop to another hub. Signing secrets are left out; keys and passwords stay as hashes.',
  'settings.exportLink': 'Download the workspace export',
  'settings.ownersOnly':
    'Secret keys, console users and the workspace export are managed by owners.',

  'embed.title': 'Embed the widget',
  'embed.intro':
    'Paste this tag before </body> on every page of your shop where the chat should appear.',
  'embed.none': 'Create a publishable key first; its tag appears here.',
  'embed.tagFor': 'Script tag for {name}',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied to the clipboard.',
  'embed.copyFailed': 'Copying failed; select the tag and copy it yourself.',
  'embed.accent': 'Accent colour',
  'embed.position': 'Corner',
  'embed.right': 'Bottom right',
  'embed.left': 'Bottom left',
  'embed.locale': 'Widget language',
  'embed.localeBrowser': "Visitor's browser",
  'embed.preview': 'Preview',
  'embed.previewKey': 'Key shown in the preview',
  'embed.previewTitle': 'Preview of the widget with key {name}',
  'embed.previewOrigin':
    'The preview runs on this hub ({origin}); the chat answers there only if the key allows that origin.',
  'embed.keys': { one: '{count} active key', other: '{count} active keys' },
} as const;

/** A value of the catalogue: a string, or the plural forms of one. */
export type Message = string | { readonly one: string; readonly other: string };
export type MessageKey = keyof typeof en;
/** Another language's catalogue: every English key, each with a value of the same form. */
export type Catalogue = {
  readonly [K in MessageKey]: (typeof en)[K] extends string
    ? string
    : { readonly one: string; readonly other: string };
};
