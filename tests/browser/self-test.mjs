#!/usr/bin/env node
// Checks check-site.mjs itself on the hand-made sites in fixtures/: each defect planted there
// must be reported, the one clean page must not be, and usage errors exit 2. A check that
// quietly stopped finding anything (a new Chromium, a new axe) would otherwise pass every site.
//
//   node self-test.mjs
//
// Ends with "self-test: N passed, N failed"; exit status 0 when all passed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');
let passed = 0;
let failed = 0;

function expect(ok, what, detail = '') {
    if (ok) passed++;
    else {
        failed++;
        console.log(`FAIL self-test: ${what}${detail ? `\n${detail}` : ''}`);
    }
}

function run(args, env = {}) {
    const result = spawnSync(process.execPath, [join(here, 'check-site.mjs'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
    });
    return { status: result.status, out: result.stdout, err: result.stderr };
}

// [page, check, a part of the message]
const planted = {
    broken: [
        ['index.html', 'links', 'gone.html does not exist'],
        ['index.html', 'links', 'no element with id "term-gone"'],
        ['index.html', 'links', 'points to a folder'],
        ['index.html', 'contract', 'src="gone.png" does not load'],
        ['index.html', 'contract', 'src="site.js" has no alt text'],
        ['index.html', 'links', 'uses the scheme http:'],
        ['index.html', 'vnu', '“foo” not allowed'],
        ['index.html', 'csp', 'style-src-attr blocked'],
        ['glossary.html', 'pageerror', 'notDefined'],
        ['cases/c/index.html', 'keyboard', 'Tab never reaches <a.moment> "Not reachable by Tab"'],
        ['cases/c/d.html', 'options', 'clicking the summary of option 2 does not show'],
        ['cases/c/d.html', 'options', 'Enter on the summary of option 2 does not show'],
        ['cases/c/d.html', 'axe', 'color-contrast'],
    ],
    unescaped: [
        ['index.html', 'hostile', 'alert dialog opened: "1"'],
        ['index.html', 'hostile', 'alert dialog opened: "2"'],
        ['index.html', 'hostile', 'window.__kdPwned was set to "1"'],
        ['index.html', 'hostile', 'window.__kdPwned was set to "2" (clicking summary 1)'],
        ['index.html', 'hostile', 'event handler attribute: <img> onerror='],
        ['index.html', 'hostile', 'href="javascript:alert(3)" uses the scheme javascript:'],
        ['index.html', 'hostile', 'href="data:text/html,x" uses the scheme data:'],
        ['index.html', 'hostile', 'script other than site.js'],
    ],
};

for (const [site, args] of [
    ['broken', []],
    ['unescaped', ['--hostile']],
]) {
    const { status, out, err } = run([...args, join(fixtures, site)]);
    expect(status === 1, `check-site ${args.join(' ')} fixtures/${site} exits 1, not ${status}`, err);
    const lines = out.split('\n');
    for (const [page, check, part] of planted[site]) {
        const prefix = `FAIL ${page} [${check}] `;
        expect(
            lines.some((l) => l.startsWith(prefix) && l.includes(part)),
            `fixtures/${site}: no "${prefix}...${part}..."`,
            out,
        );
    }
    if (site === 'broken') {
        const clean = lines.filter((l) => l.startsWith('FAIL cases/c/m.html '));
        expect(
            clean.length === 0,
            'fixtures/broken: the clean page cases/c/m.html failed',
            clean.join('\n'),
        );
    }
}

for (const [args, env, part] of [
    [[join(fixtures, 'no-such-site')], {}, 'no such folder'],
    [['--no-such-option', join(fixtures, 'broken')], {}, 'unknown option'],
    [[], {}, 'usage:'],
    [
        [join(fixtures, 'broken')],
        { KD_CHROMIUM: '/nonexistent/chromium' },
        'chromium not found at /nonexistent/chromium',
    ],
]) {
    const { status, err } = run(args, env);
    expect(
        status === 2 && err.includes(part),
        `check-site ${args.join(' ')} exits 2 saying "${part}"`,
        `exit ${status}: ${err}`,
    );
}

console.log(`self-test: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
