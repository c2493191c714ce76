#!/usr/bin/env node
// Checks a site written by `kdtool export PROJECT --out DIR --format html` (DIR/site) in Debian's
// headless Chromium, loading every page from file:// as a reader would. README.md beside this
// file says what is checked and why.
//
//   node check-site.mjs SITE_DIR [--hostile]
//
// Prints one "FAIL page [check] message" line per failure, then "pages: N passed, N failed".
// Exit status: 0 clean, 1 on any failure, 2 on a usage error or a missing tool.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const USAGE = 'usage: node check-site.mjs SITE_DIR [--hostile]';
const CHROMIUM = process.env.KD_CHROMIUM || '/usr/bin/chromium';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NAV_TIMEOUT = 15000;
// What every page's meta Content-Security-Policy must say, directive by directive. Further
// directives may only narrow ('none' or 'self').
const CSP_REQUIRED = {
    'default-src': ["'none'"],
    'style-src': ["'self'"],
    'script-src': ["'self'"],
    'img-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
};

function usage(message) {
    console.error(`check-site: ${message}`);
    process.exit(2);
}

// ---------------------------------------------------------------- arguments and tools

const args = process.argv.slice(2);
let hostile = false;
const positional = [];
for (const arg of args) {
    if (arg === '--hostile') hostile = true;
    else if (arg === '-h' || arg === '--help') {
        console.log(USAGE);
        process.exit(0);
    } else if (arg.startsWith('-')) usage(`unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
}
if (positional.length !== 1) usage(USAGE);
const SITE = resolve(positional[0]);
if (!existsSync(SITE) || !statSync(SITE).isDirectory()) usage(`no such folder: ${positional[0]}`);
if (!existsSync(join(SITE, 'index.html')) && existsSync(join(SITE, 'site', 'index.html')))
    usage(`${positional[0]} has no index.html; the site is in ${join(positional[0], 'site')}`);

try {
    accessSync(CHROMIUM, constants.X_OK);
} catch {
    usage(`chromium not found at ${CHROMIUM}; scripts/setup.sh installs it`);
}

const require = createRequire(import.meta.url);
let chromium, axeSource, vnuJar;
try {
    ({ chromium } = await import('playwright-core'));
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    vnuJar = require.resolve('vnu-jar/build/dist/vnu.jar');
} catch (error) {
    usage(
        `the npm packages are missing (${error.message.split('\n')[0]}); ` +
            'run "npm ci --prefix tests/browser" (scripts/setup.sh does it)',
    );
}
if (!hostile && spawnSync('java', ['-version']).status !== 0)
    usage('java not found; scripts/setup.sh installs default-jre-headless');

// ---------------------------------------------------------------- the site's files

function walk(dir, found = []) {
    for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        const info = lstatSync(path);
        if (info.isDirectory()) walk(path, found);
        else if (info.isFile() && name.endsWith('.html')) found.push(path);
    }
    return found;
}
const htmlFiles = walk(SITE);
if (htmlFiles.length === 0) usage(`no .html files under ${positional[0]}`);
const rel = (file) => relative(SITE, file).split(sep).join('/');
const pages = htmlFiles.map(rel);

// ---------------------------------------------------------------- failures

const failures = new Map(); // page (or "(site)") -> [line]
const reported = new Set();
let checking = null; // the page being checked
let currentStep = ''; // what the check was doing there, added to what it finds
function fail(page, check, message) {
    const key = page || '(site)';
    const text = message.replace(/\s+/g, ' ').trim();
    // The same finding once per page, however many steps run into it again.
    if (reported.has(`${key}\n${check}\n${text}`)) return;
    reported.add(`${key}\n${check}\n${text}`);
    if (!failures.has(key)) failures.set(key, []);
    const step = currentStep && key === checking ? ` (${currentStep})` : '';
    failures.get(key).push(`FAIL ${key} [${check}] ${text}${step}`);
}

// ---------------------------------------------------------------- vnu, in parallel with the browser

function runVnu() {
    return new Promise((done) => {
        const child = spawn(
            'java',
            [
                '-jar',
                vnuJar,
                '--errors-only',
                '--no-langdetect',
                '--format',
                'json',
                '--exit-zero-always',
                '--stdout',
                ...htmlFiles,
            ],
            { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('error', (e) => {
            fail(null, 'vnu', `could not run java: ${e.message}`);
            done();
        });
        child.on('close', (code) => {
            let report;
            try {
                report = JSON.parse(out);
            } catch {
                fail(null, 'vnu', `exit ${code}, unreadable output: ${(out + err).slice(0, 500)}`);
                return done();
            }
            for (const m of report.messages || []) {
                let page = null;
                try {
                    page = rel(fileURLToPath(m.url));
                } catch {
                    /* a message about no file */
                }
                const where = m.lastLine ? `line ${m.lastLine}: ` : '';
                const extract = m.extract ? ` [${m.extract.trim().slice(0, 80)}]` : '';
                fail(page, 'vnu', `${m.type === 'error' ? '' : m.type + ': '}${where}${m.message}${extract}`);
            }
            done();
        });
    });
}
const vnuDone = hostile ? Promise.resolve() : runVnu();

// ---------------------------------------------------------------- links

// Where a URL found on a page points: a file of the site (with its fragment), an allowed
// external address, or something not allowed.
function resolveRef(value, page) {
    let url;
    try {
        url = new URL(value, pathToFileURL(join(SITE, page)));
    } catch {
        return { kind: 'bad', reason: 'is not a valid URL' };
    }
    if (url.protocol === 'https:' || url.protocol === 'mailto:') return { kind: 'external', url };
    if (url.protocol !== 'file:')
        return {
            kind: 'bad',
            scheme: true,
            reason: `uses the scheme ${url.protocol} (only relative, https: and mailto: are allowed)`,
        };
    if (/^\s*(\/|file:)/i.test(value)) return { kind: 'bad', reason: 'is absolute; links must be relative' };
    let file;
    try {
        file = fileURLToPath(new URL(url.pathname, 'file:///'));
    } catch {
        return { kind: 'bad', reason: 'has an unreadable path' };
    }
    const inside = relative(SITE, file);
    if (inside.startsWith('..')) return { kind: 'bad', reason: 'points outside the site' };
    let fragment = '';
    try {
        fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
        return { kind: 'bad', reason: 'has a badly escaped fragment' };
    }
    return { kind: 'internal', file, target: rel(file), fragment, url };
}

const idsByPage = new Map(); // page -> Set of ids and a[name]s
const fragmentChecks = []; // [page, target, fragment, description]

function checkRefs(page, refs) {
    for (const ref of refs) {
        const what = `${ref.describe} ${ref.attr}="${ref.value}"`;
        const r = resolveRef(ref.value, page);
        if (r.kind === 'bad') {
            if (!(hostile && r.scheme)) fail(page, 'links', `${what} ${r.reason}`); // else checkHostileDom
            continue;
        }
        if (r.kind === 'external') {
            if (!ref.isLink)
                fail(page, 'links', `${what} loads an external resource (the site must work offline)`);
            continue;
        }
        if (!existsSync(r.file)) {
            fail(page, 'links', `${what} is broken: ${r.target} does not exist`);
            continue;
        }
        if (statSync(r.file).isDirectory()) {
            fail(
                page,
                'links',
                `${what} points to a folder; from file:// that shows a file listing, link to ${r.target ? r.target + '/' : ''}index.html`,
            );
            continue;
        }
        if (r.fragment && r.target.endsWith('.html')) fragmentChecks.push([page, r.target, r.fragment, what]);
    }
}

function checkFragments() {
    for (const [page, target, fragment, what] of fragmentChecks) {
        const ids = idsByPage.get(target);
        if (!ids) continue; // a page that failed to load: reported already
        if (!ids.has(fragment) && fragment.toLowerCase() !== 'top')
            fail(page, 'links', `${what}: ${target} has no element with id "${fragment}"`);
    }
}

// ---------------------------------------------------------------- in the page

// The readers below run in the page, not here: READ_PAGE sends their source text to the
// browser, so each can use only what the page has and what it is given. They share describe(),
// which goes along once with them.

// How a finding names an element: its tag, id and classes, and the start of its name or text.
function describeElement(el) {
    const tag = el.localName;
    const id = el.id ? `#${el.id}` : '';
    const cls = el.getAttribute('class')
        ? '.' + el.getAttribute('class').trim().split(/\s+/).join('.')
        : '';
    const text = (el.getAttribute('aria-label') || el.textContent || '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 40);
    return `<${tag}${id}${cls}>${text ? ` "${text}"` : ''}`;
}

// Every URL in an attribute (for checkRefs) and every event handler attribute, in one pass over
// the elements; and the ids and a[name]s that a link's fragment may point to.
function readLinks(describe) {
    const URL_ATTRS = new Set([
        'href',
        'xlink:href',
        'src',
        'srcset',
        'action',
        'formaction',
        'poster',
        'data',
        'cite',
        'longdesc',
        'ping',
        'background',
        'manifest',
        'icon',
    ]);
    const refs = [];
    const onAttrs = [];
    const all = document.querySelectorAll('*');
    for (const [element, el] of all.entries()) {
        for (const attr of el.attributes) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on'))
                onAttrs.push(`${describe(el)} ${attr.name}="${attr.value.slice(0, 60)}"`);
            if (!URL_ATTRS.has(name) && !name.endsWith(':href')) continue;
            const values =
                name === 'srcset' || name === 'ping'
                    ? attr.value
                          .split(name === 'srcset' ? ',' : /\s+/)
                          .map((s) => s.trim().split(/\s+/)[0])
                          .filter(Boolean)
                    : [attr.value];
            const isLink = ['a', 'area'].includes(el.localName) || name === 'cite' || name === 'longdesc';
            const html = isLink ? el.outerHTML.slice(0, 2000) : '';
            for (const value of values)
                refs.push({ describe: describe(el), attr: attr.name, value, isLink, html, element });
        }
    }
    const ids = [...document.querySelectorAll('[id]')]
        .map((e) => e.id)
        .concat([...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')));
    return { refs, ids, onAttrs };
}

// The Content-Security-Policy metas and what comes before them, the scripts, and the elements
// and style attributes that a page of the site never has.
function readPolicy(describe) {
    const metas = [...document.querySelectorAll('meta')].filter(
        (m) => (m.getAttribute('http-equiv') || '').toLowerCase() === 'content-security-policy',
    );
    const csp = metas.map((m) => m.getAttribute('content') || '');
    // The meta policy covers only what comes after it.
    let cspLate = [];
    if (metas.length) {
        cspLate = [...document.querySelectorAll('script, style, link')]
            .filter((e) => metas[0].compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING)
            .map(describe);
    }
    const scripts = [...document.querySelectorAll('script')].map((s) => ({
        src: s.getAttribute('src'),
        defer: s.hasAttribute('defer'),
        describe: describe(s),
        inline: s.hasAttribute('src') ? '' : s.textContent.slice(0, 60),
    }));
    const unexpected = [
        ...document.querySelectorAll(
            'iframe, frame, frameset, object, embed, base, form, portal, style, template, meta[http-equiv]',
        ),
    ]
        .filter(
            (e) =>
                e.localName !== 'meta' ||
                (e.getAttribute('http-equiv') || '').trim().toLowerCase() === 'refresh',
        )
        .map(describe);
    const styled = [...document.querySelectorAll('[style]')].map(describe);
    return { csp, cspLate, scripts, unexpected, styled };
}

// The wheel's moments and the list of them beside it, the options of the dilemmas, and the
// links to the glossary.
function readContent(describe) {
    const wheel = document.querySelector('figure.wheel > svg');
    const moments = [...document.querySelectorAll('svg a.moment')].map((a) => {
        const labelledby = (a.getAttribute('aria-labelledby') || '')
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => document.getElementById(id)?.textContent || '')
            .join(' ');
        const title = [...a.children].find((c) => c.localName === 'title')?.textContent || '';
        return {
            href: a.getAttribute('href') ?? a.getAttribute('xlink:href'),
            name: (a.getAttribute('aria-label') || labelledby || title).trim(),
            inWheel: !!wheel && wheel.contains(a),
            describe: describe(a),
        };
    });
    const listed = [
        ...document.querySelectorAll('figure.wheel ~ ol.moments a[href], ol.moments a[href]'),
    ].map((a) => a.getAttribute('href'));
    const options = [...document.querySelectorAll('details.option')].map((d) => ({
        inSection: !!d.closest('section.options'),
        summary: d.firstElementChild?.localName === 'summary',
        feedback: !!d.querySelector(':scope > .feedback'),
        open: d.open,
    }));
    const terms = [...document.querySelectorAll('a.term')].map((a) => a.getAttribute('href') || '');
    const images = [...document.querySelectorAll('img')].map((i) => ({
        describe: describe(i),
        src: i.getAttribute('src'),
        alt: i.getAttribute('alt'),
        loaded: i.complete && i.naturalWidth > 0,
    }));
    return { moments, listed, options, terms, images };
}

// The page's shape: its language, skip link, landmarks and headings, how much Tab can reach,
// and which of the parts that the site's kinds of page have it has.
function readShape() {
    const skip = document.querySelector('a.skip-link');
    return {
        lang: document.documentElement.getAttribute('lang'),
        skipHref: skip ? skip.getAttribute('href') : null,
        mains: document.querySelectorAll('main').length,
        mainId: document.querySelector('main')?.id ?? null,
        h1s: document.querySelectorAll('h1').length,
        focusable: document.querySelectorAll(
            'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]',
        ).length,
        hasWheel: !!document.querySelector('figure.wheel > svg'),
        hasOptionsSection: !!document.querySelector('section.options'),
        dilemmasWithoutOptions: [...document.querySelectorAll('article.dilemma')]
            .filter((a) => !a.querySelector('section.options details.option'))
            .map((a) => a.id || '(no id)'),
        glossaryTerms: [...document.querySelectorAll('dl dt[id^="term-"]')].length,
    };
}

// page.evaluate sends one function's text and nothing it refers to, so the readers and
// describe() go as one expression built from their source: describe() is defined once, the page
// is read in one round trip, and the readers' results (no key in two of them) make one object.
const PAGE_READERS = [readLinks, readPolicy, readContent, readShape];
const READ_PAGE = `(() => {
    const describe = ${describeElement};
    return Object.assign({}, ${PAGE_READERS.map((reader) => `(${reader})(describe)`).join(', ')});
})()`;

// What the checks need to know about the page the browser shows.
function readPage() {
    return page.evaluate(READ_PAGE);
}

// ---------------------------------------------------------------- contract checks

function parseCsp(content) {
    const policy = new Map();
    for (const part of content.split(';')) {
        const [name, ...values] = part.trim().split(/\s+/);
        if (name) policy.set(name.toLowerCase(), values);
    }
    return policy;
}

function checkContract(page, info) {
    if (info.lang !== 'nl') fail(page, 'contract', `<html lang> is ${JSON.stringify(info.lang)}, not "nl"`);
    if (info.csp.length !== 1)
        fail(page, 'contract', `${info.csp.length} Content-Security-Policy metas, not 1`);
    else {
        const policy = parseCsp(info.csp[0]);
        for (const [name, wanted] of Object.entries(CSP_REQUIRED)) {
            const got = policy.get(name);
            if (!got || got.join(' ') !== wanted.join(' '))
                fail(
                    page,
                    'contract',
                    `CSP ${name} is ${got ? JSON.stringify(got.join(' ')) : 'missing'}, not "${wanted.join(' ')}"`,
                );
        }
        for (const [name, values] of policy)
            if (!(name in CSP_REQUIRED) && values.some((v) => v !== "'none'" && v !== "'self'"))
                fail(page, 'contract', `CSP ${name} allows ${values.join(' ')}`);
    }
    for (const late of info.cspLate)
        fail(page, 'contract', `${late} comes before the CSP meta, which then does not cover it`);
    if (info.skipHref !== '#main')
        fail(
            page,
            'contract',
            info.skipHref === null ? 'no a.skip-link' : `a.skip-link goes to ${info.skipHref}, not #main`,
        );
    if (info.mains !== 1 || info.mainId !== 'main')
        fail(page, 'contract', `${info.mains} <main> (want one, id="main")`);
    if (info.h1s !== 1) fail(page, 'contract', `${info.h1s} <h1> elements, not 1`);
    const siteJs = info.scripts.filter((s) => s.src && resolveRef(s.src, page).target === 'site.js');
    if (siteJs.length !== 1) fail(page, 'contract', `${siteJs.length} <script src=".../site.js">, not 1`);
    else if (!siteJs[0].defer) fail(page, 'contract', 'site.js is loaded without defer');
    else if (/^\s*(\/|[a-z][a-z0-9+.-]*:)/i.test(siteJs[0].src))
        fail(page, 'contract', `site.js is loaded by an absolute URL: ${siteJs[0].src}`);
    for (const s of info.scripts)
        if (!siteJs.includes(s))
            fail(
                page,
                hostile ? 'hostile' : 'contract',
                `script other than site.js: ${s.describe} ${s.src ? 'src="' + s.src + '"' : JSON.stringify(s.inline)}`,
            );
    for (const t of info.terms)
        if (!/(^|\/)glossary\.html#term-./.test(t))
            fail(page, 'contract', `a.term links to ${t}, not glossary.html#term-KEY`);
    // The site's pictures: each with the alt text its author wrote, each there to see.
    for (const i of info.images) {
        if (!i.alt || !i.alt.trim()) fail(page, 'contract', `${i.describe} src="${i.src}" has no alt text`);
        if (!i.loaded) fail(page, 'contract', `${i.describe} src="${i.src}" does not load`);
    }
    if (page === 'glossary.html' && info.glossaryTerms === 0)
        fail(page, 'contract', 'no <dl> with <dt id="term-KEY">');
    const isCase = /^cases\/[^/]+\/index\.html$/.test(page);
    // A moment's page (cases/C/M.html) holds its dilemmas, each an article.dilemma.
    if (isCase && !info.hasWheel) fail(page, 'wheel', 'no figure.wheel > svg');
    if (isCase && info.hasWheel && info.moments.length === 0)
        fail(page, 'wheel', 'the wheel has no svg a.moment');
    for (const m of info.moments) {
        if (!m.inWheel) fail(page, 'wheel', `${m.describe} is not inside figure.wheel > svg`);
        if (!m.href) fail(page, 'wheel', `${m.describe} has no href`);
        if (!m.name) fail(page, 'wheel', `${m.describe} has no accessible name (aria-label or <title>)`);
    }
    if (info.moments.length) {
        const norm = (h) => {
            const r = resolveRef(h || '', page);
            return r.kind === 'internal' ? r.target : String(h);
        };
        const inSvg = new Set(info.moments.map((m) => norm(m.href)));
        const inList = new Set(info.listed.map(norm));
        for (const t of inSvg) if (!inList.has(t)) fail(page, 'wheel', `ol.moments has no link to ${t}`);
        for (const t of inList)
            if (!inSvg.has(t)) fail(page, 'wheel', `ol.moments links to ${t}, which the wheel does not`);
    }
    for (const id of info.dilemmasWithoutOptions)
        fail(page, 'options', `article.dilemma#${id} has no section.options with details.option`);
    info.options.forEach((o, i) => {
        if (!o.inSection) fail(page, 'options', `option ${i + 1} is not inside section.options`);
        if (!o.summary) fail(page, 'options', `option ${i + 1} does not start with <summary>`);
        if (!o.feedback) fail(page, 'options', `option ${i + 1} has no .feedback`);
        if (o.open) fail(page, 'options', `option ${i + 1} is open before it is chosen`);
    });
}

function checkHostileDom(page, info) {
    for (const a of info.onAttrs) fail(page, 'hostile', `event handler attribute: ${a}`);
    for (const u of info.unexpected) fail(page, 'hostile', `unexpected element ${u}`);
    for (const s of info.styled) fail(page, 'hostile', `style attribute on ${s}`);
    for (const ref of info.refs) {
        const r = resolveRef(ref.value, page);
        if (r.kind === 'bad' && r.scheme)
            fail(page, 'hostile', `${ref.describe} ${ref.attr}="${ref.value.slice(0, 80)}" ${r.reason}`);
    }
}

// ---------------------------------------------------------------- the browser

const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
    ],
});
// The hostile pass runs with the page's CSP switched off: escaping alone must keep every
// payload inert, and a payload that runs shows itself (dialog, marker, request).
const context = await browser.newContext({ bypassCSP: hostile, viewport: { width: 1024, height: 768 } });
let current = null; // the page (path) the browser shows, for the events below
await context.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__kdCspViolations', { value: seen });
    document.addEventListener(
        'securitypolicyviolation',
        (e) => {
            seen.push(
                `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}` +
                    (e.lineNumber ? ` on line ${e.lineNumber}` : '') +
                    (e.sample ? ` "${e.sample}"` : ''),
            );
        },
        true,
    );
});
if (hostile) {
    await context.exposeBinding('__kdReportPwned', (_, what) =>
        fail(current, 'hostile', `a payload ran: ${what}`),
    );
    await context.addInitScript(() => {
        let value;
        Object.defineProperty(window, '__kdPwned', {
            get: () => value,
            set: (v) => {
                value = v;
                window.__kdReportPwned(`window.__kdPwned was set to ${JSON.stringify(String(v))}`);
            },
        });
        window.print = () => window.__kdReportPwned('window.print() was called');
    });
}
// Nothing leaves the machine: the site must be self-contained.
await context.route(/^(?!file:)/, (route) => {
    fail(current, 'network', `request to ${route.request().url().slice(0, 120)}`);
    return route.abort('blockedbyclient');
});

const page = await context.newPage();
page.setDefaultTimeout(5000);
const siteUrl = pathToFileURL(SITE).href + '/';
page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = frame.url().split('#')[0];
    current = url.startsWith(siteUrl) ? decodeURIComponent(url.slice(siteUrl.length)) : url;
});
page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // Reported below, with more detail, by requestfailed and securitypolicyviolation.
    if (/^Failed to load resource|Content Security Policy/.test(text)) return;
    fail(current, 'console', text);
});
page.on('pageerror', (error) => fail(current, 'pageerror', error.message));
page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText || '';
    if (/^(?!file:)/.test(request.url()) && /BLOCKED_BY_CLIENT/.test(error)) return; // reported by route
    fail(current, 'request', `${request.url().replace(siteUrl, '')} failed: ${error}`);
});
page.on('dialog', async (dialog) => {
    fail(
        current,
        hostile ? 'hostile' : 'dialog',
        `a ${dialog.type()} dialog opened: ${JSON.stringify(dialog.message())}`,
    );
    await dialog.dismiss().catch(() => {});
});

async function load(pagePath) {
    const url = pathToFileURL(join(SITE, pagePath)).href;
    try {
        await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT });
        return true;
    } catch (error) {
        fail(pagePath, 'load', error.message.split('\n')[0]);
        return false;
    }
}

async function cspViolations(pagePath) {
    const seen = await page.evaluate(() => window.__kdCspViolations.splice(0)).catch(() => []);
    for (const v of seen) fail(pagePath, 'csp', v);
}

// axe-core is in every page before the page's own scripts: an init script is not subject to the
// page's CSP, and costs far less than injecting axe into each page after it loaded.
if (!hostile) await context.addInitScript(axeSource);

// preload: false: axe would fetch style.css to read its rules (css-orientation-lock), which a file://
// page may not read and its CSP (connect-src 'none') blocks; that one rule then stays unchecked.
const axeOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
    preload: false,
};

function reportAxe(pagePath, violations) {
    for (const v of violations) {
        const targets = v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ');
        const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
        fail(pagePath, 'axe', `${v.id} (${v.impact}): ${v.help}: ${targets}${more}`);
    }
}

async function runAxe(pagePath) {
    const violations = await page.evaluate(
        (options) => window.axe.run(document, options).then((r) => r.violations),
        axeOptions,
    );
    reportAxe(pagePath, violations);
}

// Presses Tab from the top of the freshly loaded page until focus wraps or leaves the page;
// returns what was focused, in order: "moment:N" for the wheel's moments, else a description.
async function tabWalk(limit) {
    await page.evaluate(() => {
        document.querySelectorAll('svg a.moment').forEach((a, i) => (a.dataset.kdMoment = String(i)));
    });
    const focused = [];
    for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const key = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) return null;
            if (el.dataset && el.dataset.kdMoment !== undefined) return `moment:${el.dataset.kdMoment}`;
            if (el.matches('a.skip-link')) return 'skip-link';
            return `<${el.localName}${el.classList.length ? '.' + [...el.classList].join('.') : ''}> ${el.getAttribute('href') || ''}`.trim();
        });
        if (key === null || (focused.length && key === focused[0])) break;
        focused.push(key);
    }
    await page.evaluate(() =>
        document.querySelectorAll('[data-kd-moment]').forEach((a) => delete a.dataset.kdMoment),
    );
    return focused;
}

// Lets the page handle what an action set off (such as the toggle event of a <details>, which
// comes a task later): past a frame and a task.
function settle() {
    return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

// Keyboard: the skip link first, and every moment of the wheel reachable with Tab.
async function checkKeyboard(pagePath, info) {
    currentStep = 'keyboard';
    const limit = info.moments.length ? info.focusable + 3 : 1;
    const focused = await tabWalk(limit);
    if (info.skipHref !== null && focused[0] !== 'skip-link')
        fail(pagePath, 'keyboard', `the first Tab focuses ${focused[0] || 'nothing'}, not a.skip-link`);
    info.moments.forEach((m, i) => {
        if (!focused.includes(`moment:${i}`)) fail(pagePath, 'keyboard', `Tab never reaches ${m.describe}`);
    });
}

// Each option, chosen by mouse and then by keyboard, shows its feedback.
async function checkOptions(pagePath, options) {
    if (!options.length) return;
    await chooseOptionsByMouse(pagePath, options);
    await page.evaluate(() =>
        document.querySelectorAll('details.option').forEach((d) => (d.open = false)),
    );
    await settle();
    await chooseOptionsByKeyboard(pagePath, options);
}

async function chooseOptionsByMouse(pagePath, options) {
    const details = page.locator('details.option');
    for (let i = 0; i < options.length; i++) {
        currentStep = `option ${i + 1}`;
        const option = details.nth(i);
        const feedback = option.locator('.feedback').first();
        if (!options[i].summary || !options[i].feedback) continue;
        if (await feedback.isVisible()) continue; // open before chosen: reported by checkContract
        await option.locator('summary').first().click();
        await settle();
        try {
            await feedback.waitFor({ state: 'visible', timeout: 2000 });
        } catch {
            fail(pagePath, 'options', `clicking the summary of option ${i + 1} does not show its .feedback`);
        }
    }
}

async function chooseOptionsByKeyboard(pagePath, options) {
    const details = page.locator('details.option');
    for (let i = 0; i < options.length; i++) {
        currentStep = `option ${i + 1} by keyboard`;
        if (!options[i].summary || !options[i].feedback) continue;
        const option = details.nth(i);
        await option.locator('summary').first().focus();
        await page.keyboard.press('Enter');
        await settle();
        try {
            await option.locator('.feedback').first().waitFor({ state: 'visible', timeout: 2000 });
        } catch {
            fail(pagePath, 'options', `Enter on the summary of option ${i + 1} does not show its .feedback`);
        }
    }
}

// axe, with every option open so that it sees the feedback too. site.js may close the other
// options when one opens: the toggle events stop before they reach it.
async function checkAxe(pagePath, options) {
    currentStep = 'axe';
    if (options.length) {
        await page.evaluate(() => {
            window.addEventListener('toggle', (e) => e.stopImmediatePropagation(), true);
            document.querySelectorAll('details.option').forEach((d) => (d.open = true));
        });
    }
    await runAxe(pagePath);
    await cspViolations(pagePath);
}

// The first moment opens with Enter, as a keyboard user would open it.
async function checkEnterOnMoment(pagePath, moments) {
    const first = moments.findIndex((m) => m.href);
    if (first < 0) return;
    currentStep = 'Enter on a moment';
    const r = resolveRef(moments[first].href, pagePath);
    if (r.kind !== 'internal' || !existsSync(r.file)) return;
    await page.locator('svg a.moment').nth(first).focus();
    try {
        await Promise.all([
            page.waitForURL((u) => u.href.split('#')[0] === r.url.href.split('#')[0], {
                waitUntil: 'load',
                timeout: 5000,
            }),
            page.keyboard.press('Enter'),
        ]);
    } catch {
        fail(pagePath, 'keyboard', `Enter on ${moments[first].describe} does not open ${r.target}`);
    }
}

async function checkNormal(pagePath) {
    currentStep = '';
    if (!(await load(pagePath))) return;
    const info = await readPage();
    idsByPage.set(pagePath, new Set(info.ids));
    checkRefs(pagePath, info.refs);
    checkContract(pagePath, info);
    for (const a of info.onAttrs) fail(pagePath, 'contract', `event handler attribute: ${a}`);
    await cspViolations(pagePath);

    await checkKeyboard(pagePath, info);
    await checkOptions(pagePath, info.options);
    await checkAxe(pagePath, info.options);
    await checkEnterOnMoment(pagePath, info.moments);
    currentStep = '';
}

async function hostileProbe(pagePath) {
    const info = await readPage();
    checkHostileDom(pagePath, info);
    return info;
}

const followed = new Set();

async function checkHostile(pagePath) {
    currentStep = '';
    if (!(await load(pagePath))) return;
    const info = await hostileProbe(pagePath);
    idsByPage.set(pagePath, new Set(info.ids));
    checkRefs(pagePath, info.refs);
    checkContract(pagePath, info);

    // Open every option, then follow every link into the site, checking again each time.
    const summaries = page.locator('summary');
    const count = await summaries.count();
    for (let i = 0; i < count; i++) {
        currentStep = `clicking summary ${i + 1}`;
        await summaries
            .nth(i)
            .click({ timeout: 1000 })
            .catch(() => summaries.nth(i).dispatchEvent('click'));
    }
    if (count) await hostileProbe(pagePath);
    // The same link (markup and address) on many pages is followed once.
    const links = info.refs
        .map((ref) => ({ ref, r: resolveRef(ref.value, pagePath) }))
        .filter(({ ref, r }) => ref.isLink && r.kind === 'internal' && existsSync(r.file))
        .map((link) => ({ ...link, key: `${link.r.url.href}\n${link.ref.html.replace(link.ref.value, '')}` }))
        .filter(({ key }) => !followed.has(key) && followed.add(key));
    for (const { ref, r } of links) {
        currentStep = `following ${ref.describe} ${ref.attr}="${ref.value}"`;
        if (!(await load(pagePath))) return;
        // The same element in the page loaded afresh, then every option opened (for the links in
        // the feedback). Should site.js replace it meanwhile, what it wrote is checked instead.
        const handle = await page.evaluateHandle(({ element, attr, value }) => {
            const el = document.querySelectorAll('*')[element];
            return el && el.getAttribute(attr) === value ? el : null;
        }, ref);
        const el = handle.asElement();
        if (!el) {
            fail(pagePath, 'hostile', 'the page is not the same when loaded again');
            continue;
        }
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        await settle();
        if (!(await el.evaluate((e) => e.isConnected))) {
            await hostileProbe(pagePath);
            continue;
        }
        // A link to a fragment of this very page scrolls; any other loads a page.
        const sameDocument = r.target === pagePath && r.url.hash !== '';
        const navigated = sameDocument
            ? page.waitForURL(r.url.href, { timeout: 5000 }).then(
                  () => true,
                  () => false,
              )
            : page.waitForEvent('load', { timeout: 5000 }).then(
                  () => true,
                  () => false,
              );
        // A script-made click: it runs the link's handlers and follows it, wherever it is.
        await el.dispatchEvent('click');
        if (await navigated) await hostileProbe(r.target);
        else fail(pagePath, 'hostile', `following the link does not open ${r.target}`);
    }
    currentStep = '';
}

const started = Date.now();
try {
    for (const pagePath of pages) {
        current = checking = pagePath;
        if (hostile) await checkHostile(pagePath);
        else await checkNormal(pagePath);
    }
    current = checking = null;
    checkFragments();
    if (!pages.includes('index.html')) fail(null, 'contract', 'no index.html');
    if (!hostile && !pages.includes('glossary.html')) fail(null, 'contract', 'no glossary.html');
} catch (error) {
    fail(current, 'internal', `the check itself failed: ${error.stack || error}`);
} finally {
    await browser.close().catch(() => {});
}
await vnuDone;

// ---------------------------------------------------------------- report

const ordered = [...failures.keys()].sort(
    (a, b) => (a === '(site)') - (b === '(site)') || a.localeCompare(b),
);
let lines = 0;
for (const key of ordered)
    for (const line of failures.get(key)) {
        console.log(line);
        lines++;
    }
const failedPages = pages.filter((p) => failures.has(p)).length + (failures.has('(site)') ? 1 : 0);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
    `check-site: ${hostile ? 'hostile ' : ''}${SITE}: ${pages.length} pages, ${lines} failures, ${seconds} s`,
);
console.log(
    `pages: ${pages.length - pages.filter((p) => failures.has(p)).length} passed, ${failedPages} failed`,
);
process.exit(lines ? 1 : 0);
