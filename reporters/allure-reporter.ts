/**
 * Playwright reporter: allure-playwright's results, graded like summary.json. Each result gets its
 * requirement's labels, links and parameters (allure-labels.ts), the harness's verdict as a label (and as its status where Allure has one), checks of the same
 * requirement in one project are told apart so Allure's history does not merge them, and the run's
 * environment (target, profile, seed, versions) is written beside the results.
 *
 *   reporter: [['./reporters/allure-reporter.ts', { resultsDir: 'reports/allure-results' }]]
 */
import type { FullConfig, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { AllureReporter } from 'allure-playwright';
import type { RuntimeMetadataMessage } from 'allure-js-commons/sdk';
import { ALLURE_RUNTIME_MESSAGE_CONTENT_TYPE } from 'allure-js-commons/sdk/reporter';

import { checkMetadata } from './allure-labels.ts';
import { ANNOTATION, annotationsOf, descriptionsOf } from './check-annotations.ts';
import { verdictOf } from './check-verdict.ts';
import { prepareResult, resultLabels } from './allure-result.ts';
import { configEnvironment } from './run-environment.ts';

type AllureOptions = ConstructorParameters<typeof AllureReporter>[0];

/** The parameter that tells apart two checks of one requirement in one project. */
const CHECK_PARAMETER = 'check';

export default class ConformanceAllureReporter extends AllureReporter {
  #twins = new Set<string>();
  #config: FullConfig | undefined;

  constructor(options: AllureOptions = {}) {
    super({ ...options, listeners: [...(options.listeners ?? []), { beforeTestResultWrite: prepareResult }] });
  }

  override onConfigure(config: FullConfig): void {
    // A merge of shards announces the projects only after onConfigure; allure-playwright reads the
    // first project's folders here (for screenshot diffs, which conformance checks never make).
    const folders = { outputDir: config.rootDir, snapshotDir: config.rootDir };
    super.onConfigure(config.projects.length > 0 ? config : { ...config, projects: [folders as FullConfig['projects'][number]] });
    this.#config = config;
  }

  override onBegin(suite: Suite): void {
    // Read when onBegin creates the results writer; by now a merge has announced its projects too.
    if (this.#config !== undefined) this.options = { ...this.options, environmentInfo: configEnvironment(this.#config, suite) };
    super.onBegin(suite);
    this.#twins = twinTests(suite);
  }

  override async onTestEnd(test: TestCase, result: TestResult): Promise<void> {
    const check = checkMetadata(test, annotationsOf(test, result), { project: test.parent.project()?.metadata ?? {}, seed: this.#config?.metadata['seed'] });
    const data: RuntimeMetadataMessage['data'] = { ...check, labels: [...(check.labels ?? []), ...resultLabels(verdictOf(test, result), test.titlePath())] };
    if (this.#twins.has(test.id)) data.parameters = [...(check.parameters ?? []), { name: CHECK_PARAMETER, value: test.title }];
    const message: RuntimeMetadataMessage = { type: 'metadata', data };
    const verdict = { name: 'conformance verdict', contentType: ALLURE_RUNTIME_MESSAGE_CONTENT_TYPE, body: Buffer.from(JSON.stringify(message)) };
    // A copy: the other reporters see the same result object and must not see this attachment.
    await super.onTestEnd(test, { ...result, attachments: [...result.attachments, verdict] });
  }
}

/**
 * Tests that share a requirement with another test of the same project. Allure keys history by
 * testCaseId and parameters; without a parameter of their own, such checks would be shown as retries
 * of one test. A check that is alone with its requirement keeps its history across a renamed title.
 */
function twinTests(root: Suite): Set<string> {
  // Keyed by project name: a merge of shards has one project suite per shard and project.
  const byCheck = new Map<string, TestCase[]>();
  for (const project of root.suites) {
    for (const test of project.allTests()) {
      const id = descriptionsOf(test.annotations, ANNOTATION.requirement)[0];
      if (id === undefined) continue;
      const key = JSON.stringify([project.title, id]);
      byCheck.set(key, [...(byCheck.get(key) ?? []), test]);
    }
  }
  return new Set([...byCheck.values()].filter((tests) => tests.length > 1).flat().map((test) => test.id));
}
