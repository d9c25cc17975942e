import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from './support/modules';

// .github/workflows/release.yml as data: the update feed electron-updater reads (issue 17) must reach the
// draft release with the installers, and name the repository the release is drafted in.

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

// js-yaml is electron-builder's (and electron-updater's) own YAML reader.
const yaml = createRequire(__filename)('js-yaml') as { load(text: string): unknown };
const workflow = yaml.load(fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;
const builderStep = () => workflow.jobs.build!.steps.find((step) => step.run?.includes('npx electron-builder'))!;

describe('the release workflow and the update feed', () => {
  it('uploads latest*.yml and the .blockmap files with the installers', () => {
    const upload = workflow.jobs.build!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
    const paths = upload.with!.path!.split('\n').map((line) => line.trim()).filter(Boolean);
    expect(paths).toEqual(expect.arrayContaining(['dist/*.exe', 'dist/*.dmg', 'dist/*.zip', 'dist/*.AppImage', 'dist/*.deb', 'dist/latest*.yml', 'dist/*.blockmap']));
    expect(upload.with!['if-no-files-found']).toBe('error');
  });

  it('attaches everything to a draft release, never publishing it by itself', () => {
    const attach = workflow.jobs.release!.steps.find((step) => step.run?.includes('gh release'))!;
    expect(attach.run).toMatch(/gh release create "\$GITHUB_REF_NAME" installers\/\* --draft/);
    expect(attach.run).toMatch(/gh release upload "\$GITHUB_REF_NAME" installers\/\*/);
    expect(attach.run).not.toMatch(/--draft=false|gh release edit/);
  });

  it('builds with --publish never, the feed naming the repository the workflow runs in', () => {
    const command = builderStep().run!.split('\n').find((line) => line.includes('npx electron-builder'))!.trim();
    expect(command).toContain('--publish never');
    // Run the line's shell expansion as bash would, with printf in place of electron-builder.
    const asPrintf = command.replace('npx electron-builder ${{ matrix.target }}', "printf '%s\\n' --linux");
    const args = execFileSync('bash', ['-c', asPrintf], { env: { ...process.env, GITHUB_REPOSITORY: 'acme/pmo-fork' }, encoding: 'utf8' }).trim().split('\n');
    expect(args).toEqual(['--linux', '--publish', 'never', '-c.publish.owner=acme', '-c.publish.repo=pmo-fork']);
  });
});
