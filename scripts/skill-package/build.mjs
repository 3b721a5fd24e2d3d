// Writes skill-package/ — skill.json and one interaction model per locale — from the per-locale data in
// ./locales/<locale>.mjs, so that the intents, slots, dialog and manifest structure are defined once.
// Run `node scripts/skill-package/build.mjs`; it formats the output with biome so `npm run lint` stays clean.
// Edit the locale files, not the generated JSON.
// @see https://developer.amazon.com/docs/smapi/interaction-model-schema.html
// @see https://developer.amazon.com/docs/smapi/skill-manifest.html
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'skill-package');

/**
 * The locales are the regional files in ./locales (`xx-XX.mjs`); `xx.mjs` files hold a language's shared phrasing.
 * The consistency tests check that they match SUPPORTED_LOCALES in lambda/prompts/index.ts.
 */
export const LOCALES = (await readdir(join(dirname(fileURLToPath(import.meta.url)), 'locales')))
  .filter((file) => /^[a-z]{2}-[A-Z]{2}\.mjs$/.test(file))
  .map((file) => file.replace(/\.mjs$/, ''))
  .sort();

/** Where the locales are sold; DE also covers Austria. */
const COUNTRIES = ['US', 'GB', 'IN', 'CA', 'AU', 'DE', 'AT', 'FR', 'NL', 'IT', 'BR', 'ES', 'MX'];

/** Placeholder; `ask deploy` writes the real Lambda ARN into skill.json. */
const ENDPOINT = 'arn:aws:lambda:us-east-1:000000000000:function:ride-hailer-skill';
const SITE = 'https://ridehailer.example';
const INVOCATION = 'ride hailer';

/** Custom intents in model order; the skill code depends on these names. */
const CUSTOM_INTENTS = [
  'OrderRideIntent',
  'RideStatusIntent',
  'CancelRideIntent',
  'FareEstimateIntent',
  'LinkAccountIntent',
];
/** Intents that take a destination (elicited when missing) and an optional ride type. */
const TRIP_INTENTS = ['OrderRideIntent', 'FareEstimateIntent'];
const BUILT_IN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
];
/** RIDE_TYPE ids: the rides API's RideType enum (service/openapi.yaml). */
const RIDE_TYPE_IDS = ['standard', 'xl', 'premium', 'shared'];

const TESTING_INSTRUCTIONS = [
  'Ride Hailer needs a linked account to order, track or cancel a ride; opening the skill and fare estimates',
  '("how much is a ride to the airport") work without one. Link the account in the Alexa app when you enable',
  'the skill (or say "link my account" to get a LinkAccount card) and sign in on the Ride Hailer page with',
  'email rider@example.com and password ride-hailer-demo. This is a demo account on our test instance: rides',
  'booked with it are simulated, no driver is dispatched and nothing is charged. The same credentials work in',
  'every locale. Suggested flow: "order a car to the airport", confirm with "yes", then "where is my ride", then',
  '"cancel my ride" and confirm with "yes".',
].join(' ');

const elicitationPromptId = (intent) => `Elicit.Slot.${intent}.destination`;

function tripSlots(intent, data) {
  return [
    { name: 'destination', type: 'DESTINATION', samples: data.destinationSamples[intent] },
    { name: 'rideType', type: 'RIDE_TYPE' },
  ];
}

function slotType(name, entries) {
  return {
    name,
    values: Object.entries(entries).map(([id, [value, ...synonyms]]) => ({
      id,
      name: synonyms.length > 0 ? { value, synonyms } : { value },
    })),
  };
}

function dialogIntent(intent) {
  if (!TRIP_INTENTS.includes(intent)) return { name: intent, confirmationRequired: false, prompts: {}, slots: [] };
  return {
    name: intent,
    confirmationRequired: false,
    prompts: {},
    slots: [
      {
        name: 'destination',
        type: 'DESTINATION',
        confirmationRequired: false,
        elicitationRequired: true,
        prompts: { elicitation: elicitationPromptId(intent) },
      },
      { name: 'rideType', type: 'RIDE_TYPE', confirmationRequired: false, elicitationRequired: false, prompts: {} },
    ],
  };
}

function interactionModel(data) {
  const rideTypes = Object.fromEntries(RIDE_TYPE_IDS.map((id) => [id, data.rideTypes[id]]));
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION,
        intents: [
          ...CUSTOM_INTENTS.map((name) => ({
            name,
            slots: TRIP_INTENTS.includes(name) ? tripSlots(name, data) : [],
            samples: data.samples[name],
          })),
          ...BUILT_IN_INTENTS.map((name) => ({ name, samples: [] })),
        ],
        types: [slotType('RIDE_TYPE', rideTypes), slotType('DESTINATION', data.destinations)],
      },
      dialog: {
        intents: [...TRIP_INTENTS, 'CancelRideIntent'].map(dialogIntent),
        delegationStrategy: 'SKILL_RESPONSE',
      },
      prompts: TRIP_INTENTS.map((intent) => ({
        id: elicitationPromptId(intent),
        variations: data.prompts[intent].map((value) => ({ type: 'PlainText', value })),
      })),
    },
  };
}

function manifest(byLocale) {
  const entries = (make) => Object.fromEntries(LOCALES.map((locale) => [locale, make(locale, byLocale[locale])]));
  const legal = (locale, page) => `${SITE}/${locale.split('-')[0]}/${page}`;
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: entries((_, { listing }) => ({
          name: 'Ride Hailer',
          summary: listing.summary,
          description: listing.description,
          examplePhrases: listing.examplePhrases,
          keywords: listing.keywords,
          smallIconUri: `${SITE}/assets/icon-108.png`,
          largeIconUri: `${SITE}/assets/icon-512.png`,
        })),
        isAvailableWorldwide: false,
        distributionCountries: COUNTRIES,
        distributionMode: 'PUBLIC',
        category: 'TAXI_AND_RIDESHARING',
        testingInstructions: TESTING_INSTRUCTIONS,
      },
      privacyAndCompliance: {
        locales: entries((locale) => ({
          privacyPolicyUrl: legal(locale, 'privacy'),
          termsOfUseUrl: legal(locale, 'terms'),
        })),
        allowsPurchases: false,
        usesPersonalInfo: true,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        usesHealthInfo: false,
      },
      apis: { custom: { endpoint: { uri: ENDPOINT }, interfaces: [] } },
      // A recognized speaker's context.System.person reaches the skill only with this permission; voice-forward
      // account linking is offered to recognized speakers only.
      permissions: [{ name: 'alexa::person_id:read' }],
      events: {
        endpoint: { uri: ENDPOINT },
        subscriptions: [
          { eventName: 'SKILL_ACCOUNT_LINKED' },
          { eventName: 'SKILL_ENABLED' },
          { eventName: 'SKILL_DISABLED' },
        ],
      },
    },
  };
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every locale also hears the phrasings written for the other regions of its language (en-GB gets en-US's
 * "where's my driver", es-MX gets es-ES's wording, …): Alexa understands better with more samples, and a
 * regional phrasing is still good language elsewhere. A phrasing another region uses for a different intent
 * stays out, so no sample lands in two intents.
 */
function withSiblingSamples(byLocale) {
  const language = (locale) => locale.slice(0, 2);
  const merged = {};
  for (const locale of LOCALES) {
    const own = byLocale[locale].samples;
    const ownIntentOf = new Map(Object.entries(own).flatMap(([intent, samples]) => samples.map((s) => [s, intent])));
    const siblings = LOCALES.filter((other) => other !== locale && language(other) === language(locale));
    const conflicts = new Set();
    const seen = new Map(ownIntentOf);
    for (const other of siblings) {
      for (const [intent, samples] of Object.entries(byLocale[other].samples)) {
        for (const sample of samples) {
          if (seen.has(sample) && seen.get(sample) !== intent) conflicts.add(sample);
          else seen.set(sample, intent);
        }
      }
    }
    const samples = {};
    for (const [intent, list] of Object.entries(own)) {
      const extra = siblings.flatMap((other) => byLocale[other].samples[intent] ?? []);
      samples[intent] = [...new Set([...list, ...extra.filter((s) => !conflicts.has(s) && !ownIntentOf.has(s))])];
    }
    merged[locale] = { ...byLocale[locale], samples };
  }
  return merged;
}

/**
 * Words that can stand right before {destination}, per language. Which one fits depends on the place named
 * ("zum Flughafen", "zur Arbeit", "nach Berlin"), so a carrier phrase written with one of them is also added
 * with each of the others: Alexa then finds the slot's edge whatever the user says.
 */
const DESTINATION_LEADS = {
  de: ['zum', 'zur', 'nach', 'zu', 'ins', 'in die', 'in den'],
  fr: ['à', 'au', 'à la', 'aux', 'pour', 'vers', "jusqu'à"],
  es: ['a', 'al', 'a la', 'hacia', 'hasta', 'para'],
  it: ['a', 'al', 'alla', 'per', 'verso', 'fino a'],
  pt: ['para', 'para o', 'para a', 'pro', 'pra', 'até', 'até o', 'até a', 'ao'],
};

function withDestinationLeads(locale, data) {
  const leads = DESTINATION_LEADS[locale.slice(0, 2)];
  if (leads === undefined) return data;
  const taken = new Set(Object.values(data.samples).flat());
  const samples = {};
  for (const [intent, list] of Object.entries(data.samples)) {
    const extra = [];
    for (const sample of list) {
      for (const lead of leads) {
        const marker = ` ${lead} {destination}`;
        const at = ` ${sample}`.lastIndexOf(marker);
        if (at < 0) continue;
        for (const other of leads) {
          if (other === lead) continue;
          const padded = ` ${sample}`;
          const clean = `${padded.slice(1, at)} ${other} {destination}${padded.slice(at + marker.length)}`.trim();
          if (!taken.has(clean)) {
            taken.add(clean);
            extra.push(clean);
          }
        }
      }
    }
    samples[intent] = [...list, ...extra];
  }
  return { ...data, samples };
}

/**
 * A region's own file, with its language's shared phrasing (`locales/<lang>.mjs`, where a language has several
 * regions) added to its samples and destination samples.
 */
async function authoredLocale(locale) {
  const own = (await import(`./locales/${locale}.mjs`)).default;
  const base = await import(`./locales/${locale.slice(0, 2)}.mjs`).then(
    (module) => module.default,
    () => undefined,
  );
  if (base === undefined) return own;
  const merge = (mine = {}, shared = {}) =>
    Object.fromEntries(
      [...new Set([...Object.keys(mine), ...Object.keys(shared)])].map((intent) => [
        intent,
        [...new Set([...(mine[intent] ?? []), ...(shared[intent] ?? [])])],
      ]),
    );
  return {
    ...own,
    samples: merge(own.samples, base.samples),
    destinationSamples: merge(own.destinationSamples, base.destinationSamples),
  };
}

const authored = {};
for (const locale of LOCALES) authored[locale] = withDestinationLeads(locale, await authoredLocale(locale));
const byLocale = withSiblingSamples(authored);

const modelsDir = join(out, 'interactionModels', 'custom');
await mkdir(modelsDir, { recursive: true });
const written = [join(out, 'skill.json')];
await writeFile(written[0], json(manifest(byLocale)));
for (const locale of LOCALES) {
  const file = join(modelsDir, `${locale}.json`);
  await writeFile(file, json(interactionModel(byLocale[locale])));
  written.push(file);
}

const biome = spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', ...written], {
  cwd: root,
  stdio: 'inherit',
});
if (biome.status !== 0) {
  console.error('skill-package: biome format failed; run `npx biome format --write skill-package`');
  process.exit(1);
}
console.log(`skill-package: wrote ${written.length} files`);
