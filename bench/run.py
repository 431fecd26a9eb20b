#!/usr/bin/env python3
"""Side-by-side timings: this builder against Pandoc (EPUB) and Pandoc -> HTML -> WeasyPrint (PDF).

Builds the course, and the course's clusters repeated to larger sizes (with unique ids), the complete
edition only, one format per run so that each tool is timed on the same job. Runs alternate between
the tools so that a noisy machine affects both alike. Prints a table and writes bench/results.json.

The builder runs as a cold process with an empty cache (a first build), then again with the cache that
build left (a rebuild); at the course's size also all editions and formats at once (first build and rebuild), an EPUB rebuild after
a one-sentence edit, and the launcher's overhead over `java -jar`. Wall and CPU time both: on a shared
machine, CPU time is the steadier measure.

usage: bench/run.py [--sizes 1,4,16] [--runs 3] [--tools book,pandoc,weasyprint] [--formats pdf,all] [--json FILE]
       bench/run.py --report FILE.json...   (the table and ratios of earlier runs, e.g. run per tool)
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / 'target' / 'bookbuilder.jar'
# The JVM options ./book passes (its JVM array), so that the benchmark times what a user runs: for every build, and
# the ones it adds for a one-off EPUB-only build.
JVM_OPTIONS = ['-XX:+UseSerialGC', '-Xmx' + os.environ.get('BOOK_HEAP', '1700m')]  # BOOK_HEAP as ./book reads it
THP = Path('/sys/kernel/mm/transparent_hugepage/enabled')
# One-off builds run on C1 alone, as ./book runs them; EPUB-only builds also get huge pages (a Linux option, as ./book passes it).
ONE_OFF_OPTIONS = ['-XX:TieredStopAtLevel=1']
EPUB_ONLY_OPTIONS = ['-XX:+UseTransparentHugePages'] if THP.exists() and re.search(r'\[(always|madvise)\]', THP.read_text()) else []
# ./book starts builds from a class-data archive made by an earlier build (see train_archive).
ARCHIVE_OPTIONS = ['-Xshare:auto', '-Xlog:cds=off', '-Xlog:cds+dynamic=off']


def java():
    cache = ROOT / 'target' / '.jdk'
    if cache.exists():
        home = cache.read_text().splitlines()[-1].strip()
        if (Path(home) / 'bin' / 'java').exists():
            return str(Path(home) / 'bin' / 'java')
    return os.environ.get('JAVA_HOME', '/usr') + '/bin/java'


def scaled_book(times, work):
    """The course with its clusters repeated `times` times; copies get suffixed folders, files and links."""
    src = ROOT / 'chapters'
    if times == 1:
        return src
    dst = work / f'book-x{times}' / 'chapters'
    if dst.exists():
        return dst
    shutil.copytree(src, dst)
    config = (src / 'book.yml').read_text(encoding='utf-8')
    clusters = re.findall(r'(?m)^  - (\d\d-[\w-]+)$', config.split('editions:')[0])
    names = []
    for r in range(1, times + 1):
        for c in clusters:
            if r == 1:
                names.append(c)
                continue
            copy = dst / f'{c}-r{r}'
            copy.mkdir()
            for f in (src / c).iterdir():
                if f.suffix != '.md':
                    continue
                text = f.read_text(encoding='utf-8')
                # Links within the cluster point at the copy's own files; ../ links keep the originals.
                text = re.sub(r'\]\((\d\d-[\w-]+)\.md', lambda m: f']({m.group(1)}-r{r}.md', text)
                name = f.name if f.name == 'cluster.md' else f'{f.stem}-r{r}.md'
                (copy / name).write_text(text, encoding='utf-8')
            names.append(f'{c}-r{r}')
    head = config.split('clusters:')[0]
    (dst / 'book.yml').write_text(head + 'clusters:\n' + ''.join(f'  - {n}\n' for n in names)
                                  + '\npdf:\n  page: a4\n  duplex: true\n', encoding='utf-8')
    return dst


def pandoc_source(book, work):
    """One Markdown file in reading order, front matter turned into headings, for Pandoc."""
    out = work / (book.parent.name + '-pandoc.md')
    if out.exists():
        return out
    config = (book / 'book.yml').read_text(encoding='utf-8')
    title = re.search(r'(?m)^title: (.+)$', config).group(1)
    order = re.findall(r'(?m)^  - (\d\d-[\w-]+)$', config.split('editions:')[0])
    parts = [f'---\ntitle: "{title}"\nlang: zh-CN\n---\n']
    for c in order:
        files = [book / c / 'cluster.md'] + sorted(p for p in (book / c).glob('[0-9][0-9]-*.md'))
        for i, f in enumerate(files):
            text = f.read_text(encoding='utf-8')
            m = re.match(r'---\n(.*?)\n---\n', text, re.S)
            t = re.search(r'(?m)^title: (.+)$', m.group(1)).group(1) if m else f.stem
            body = text[m.end():] if m else text
            level = '#' if i == 0 else '##'
            body = re.sub(r'(?m)^(#{1,5}) ', lambda h: '#' * (len(h.group(1)) + len(level)) + ' ', body)
            parts.append(f'\n{level} {t.strip(chr(34))}\n\n{body}\n')
    out.write_text(''.join(parts), encoding='utf-8')
    return out


def timed(cmd, env=None):
    """Wall, CPU (user+sys) and peak resident memory of one command, as /usr/bin/time measures them."""
    start = time.monotonic()
    p = subprocess.run(['/usr/bin/time', '-f', 'TIME %U %S %M'] + [str(c) for c in cmd],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.monotonic() - start
    err = p.stderr.decode(errors='replace')
    if p.returncode != 0:
        raise SystemExit(f'failed ({p.returncode}): {" ".join(map(str, cmd))}\n{err[-2000:]}')
    user, system, rss = re.findall(r'TIME ([\d.]+) ([\d.]+) (\d+)', err)[-1]
    return {'wall': wall, 'cpu': float(user) + float(system), 'rss_mb': int(rss) / 1024}


def pages(pdf):
    out = subprocess.run(['pdfinfo', str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r'Pages:\s+(\d+)', out)
    return int(m.group(1)) if m else 0


def median(samples, key):
    return round(statistics.median(x[key] for x in samples), 2)


def launcher_overhead(jar, runs):
    """`./book --version` against `java -jar` on the same jar, alternating: medians of wall and CPU."""
    book, plain = [], []
    for i in range(runs):
        pair = [(book, [ROOT / 'book', '--version']), (plain, [java(), '-jar', jar, '--version'])]
        for into, cmd in (pair if i % 2 == 0 else reversed(pair)):
            into.append(timed(cmd))
    return {'size': 1, 'format': 'launcher', 'tool': './book', 'runs': runs, 'wall_s': median(book, 'wall'),
            'cpu_s': median(book, 'cpu'), 'peak_mb': round(max(x['rss_mb'] for x in book)),
            'java_jar_wall_s': median(plain, 'wall'), 'java_jar_cpu_s': median(plain, 'cpu'),
            'overhead_wall_s': round(median(book, 'wall') - median(plain, 'wall'), 2),
            'overhead_cpu_s': round(median(book, 'cpu') - median(plain, 'cpu'), 2)}


def jvm_options(options):
    """./book's JVM options for a one-off build with these command options (EPUB-only builds get more)."""
    formats = [options[i + 1] for i, o in enumerate(options) if o == '--format' and i + 1 < len(options)]
    return JVM_OPTIONS + ONE_OFF_OPTIONS + (EPUB_ONLY_OPTIONS if formats and all(f == 'epub' for f in formats) else [])


def jdk_feature():
    """The feature release of the JDK java() runs (25, 21, ...), from its release file as ./book reads it, or 0."""
    release = Path(java()).resolve().parent.parent / 'release'
    m = re.search(r'^JAVA_VERSION="(\d+)', release.read_text(), re.M) if release.exists() else None
    return int(m.group(1)) if m else 0


def train_archive(jar, work):
    """As ./book does once per jar: one untimed build of the course (the launcher's warm cache, so that it draws
    nothing) that archives the classes it loads (JDK 25+: an AOT cache, else a class-data archive); timed builds
    start from the archive. The archive's options for a timed build, or [] if it was not made."""
    aot = jdk_feature() >= 25
    archive = Path(work) / ('bookbuilder.aot' if aot else 'bookbuilder.jsa')
    quiet = ['-Xlog:aot=off', '-Xlog:cds=off'] if aot else ARCHIVE_OPTIONS
    common = [java(), *jvm_options(['--format', 'epub']), *quiet, '-Djava.awt.headless=true',
              f'-Dbookbuilder.cache={ROOT / "target" / "cache"}']
    record = ['-XX:AOTMode=record', f'-XX:AOTConfiguration={archive}.conf'] if aot else [f'-XX:ArchiveClassesAtExit={archive}']
    subprocess.run([*common, *record, '-jar', jar, 'build', '--force', '-q', '--source', ROOT / 'chapters',
                    '--out', Path(work) / 'out-train', '--edition', 'complete', '--format', 'epub'],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if aot:
        subprocess.run([*common, '-XX:AOTMode=create', f'-XX:AOTConfiguration={archive}.conf', f'-XX:AOTCache={archive}',
                        '-cp', jar], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not archive.exists():
        return []
    return [f'-XX:AOTCache={archive}', *quiet] if aot else [f'-XX:SharedArchiveFile={archive}', *quiet]


ARCHIVE = []  # the options of the archive train_archive made, if any


def builder(jar, book, out, cache, *options):
    """One cold builder process; `cache` is its cache folder (empty: a first build; kept: a rebuild)."""
    archive = ARCHIVE
    return timed([java(), *jvm_options(list(options)), *archive, '-Djava.awt.headless=true', f'-Dbookbuilder.cache={cache}',
                  '-jar', jar, 'build', '--force', '--source', book, '--out', out, *options])  # --force: a rebuild, not the manifest's no-op


def one_edit_copy(book, work):
    """A copy of the book, and a function that edits one question in it (a sentence appended)."""
    copy = work / 'edited' / 'chapters'
    if not copy.exists():
        shutil.copytree(book, copy)
    question = sorted(copy.glob('01-*/[0-9][0-9]-*.md'))[0]

    def edit(n):
        with question.open('a', encoding='utf-8') as f:
            f.write(f'\n\n一处修改（第 {n} 次）。\n')
    return copy, edit


def run_tools(args, tools, work, jar):
    have_pandoc = 'pandoc' in tools and shutil.which('pandoc')
    have_weasy = 'weasyprint' in tools and shutil.which('weasyprint') and have_pandoc
    results = []
    if 'book' in tools and 1 in args.size_list and 'launcher' in args.format_list:
        results.append(launcher_overhead(jar, max(5, args.runs)))
        print(json.dumps(results[-1]), flush=True)
    for size in args.size_list:
        book = scaled_book(size, work)
        jobs = {'epub': [], 'pdf': [], 'all': [], 'epub-one-edit': []}
        if 'book' in tools:
            for fmt in [f for f in ('epub', 'pdf') if f in args.format_list]:
                def first_and_rebuild(fmt=fmt):
                    cache = Path(tempfile.mkdtemp(prefix='cache-', dir=work))  # empty: nothing drawn before
                    out = work / f'out-{size}-{fmt}'
                    cold = builder(jar, book, out, cache, '--edition', 'complete', '--format', fmt)
                    warm = builder(jar, book, out, cache, '--edition', 'complete', '--format', fmt)
                    return {'bookbuilder': cold, 'bookbuilder, cache warm': warm}
                jobs[fmt].append(('bookbuilder', first_and_rebuild, lambda fmt=fmt: next((work / f'out-{size}-{fmt}').glob('*.' + fmt))))
            if size == 1 and 'all' in args.format_list:
                out_all = work / 'out-all'

                def all_first_and_rebuild():
                    cache = Path(tempfile.mkdtemp(prefix='cache-', dir=work))
                    cold = builder(jar, book, out_all, cache)
                    warm = builder(jar, book, out_all, cache)
                    return {'bookbuilder': cold, 'bookbuilder, cache warm': warm}
                jobs['all'].append(('bookbuilder', all_first_and_rebuild,
                                    lambda: max(out_all.glob('*-complete.pdf'), key=lambda f: f.stat().st_size)))
            if size == 1 and 'epub-one-edit' in args.format_list:
                copy, edit = one_edit_copy(book, work)
                edit_cache = Path(tempfile.mkdtemp(prefix='cache-', dir=work))
                out_edit = work / 'out-edit'
                builder(jar, copy, out_edit, edit_cache, '--edition', 'complete', '--format', 'epub')  # warms the cache
                counter = iter(range(1, 1000))
                jobs['epub-one-edit'].append(('bookbuilder', lambda: (edit(next(counter)), builder(
                    jar, copy, out_edit, edit_cache, '--edition', 'complete', '--format', 'epub'))[1],
                    lambda: next(out_edit.glob('*.epub'))))
        if have_pandoc and 'epub' in args.format_list:
            md = pandoc_source(book, work)
            epub = work / f'pandoc-{size}.epub'
            jobs['epub'].append(('pandoc', lambda md=md, epub=epub: timed(
                ['pandoc', str(md), '-f', 'markdown', '-t', 'epub3', '--toc', '--mathml', '-o', str(epub)]), lambda epub=epub: epub))
        if have_weasy and 'pdf' in args.format_list:
            md = pandoc_source(book, work)
            html = work / f'pandoc-{size}.html'
            pdf = work / f'weasy-{size}.pdf'

            def weasy(md=md, html=html, pdf=pdf):
                a = timed(['pandoc', str(md), '-f', 'markdown', '-t', 'html5', '--standalone', '--mathml', '--toc', '-o', str(html)])
                b = timed(['weasyprint', str(html), str(pdf)])
                return {'wall': a['wall'] + b['wall'], 'cpu': a['cpu'] + b['cpu'], 'rss_mb': max(a['rss_mb'], b['rss_mb'])}
            jobs['pdf'].append(('pandoc+weasyprint', weasy, lambda pdf=pdf: pdf))
        for fmt, tool_jobs in jobs.items():
            samples, files = {}, {}
            for run in range(args.runs):
                order = tool_jobs if run % 2 == 0 else list(reversed(tool_jobs))  # alternate who goes first
                for name, job, output in order:
                    got = job()
                    for tool, sample in (got.items() if 'wall' not in got else [(name, got)]):
                        samples.setdefault(tool, []).append(sample)
                        files[tool] = output()
            for name, s in samples.items():
                row = {'size': size, 'format': fmt, 'tool': name, 'runs': len(s), 'wall_s': median(s, 'wall'),
                       'cpu_s': median(s, 'cpu'), 'peak_mb': round(max(x['rss_mb'] for x in s)), 'bytes': files[name].stat().st_size}
                if fmt in ('pdf', 'all'):
                    row['pages'] = pages(files[name])
                if fmt == 'pdf':
                    row['pages_per_s'] = round(row['pages'] / row['wall_s'], 2)
                    row['pages_per_cpu_s'] = round(row['pages'] / row['cpu_s'], 2)
                results.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
    return results


def ratio(a, b):
    return f'{a / b:.2f}' if a and b else 'n/a'


def report(results):
    """The table, and each target of the speed issue as a ratio (wall and CPU: the machine may be shared)."""
    for r in results:  # (rows of older runs lack the per-CPU-second rate)
        if r.get('pages') and 'pages_per_cpu_s' not in r and r['format'] == 'pdf':
            r['pages_per_cpu_s'] = round(r['pages'] / r['cpu_s'], 2)
    lines = [f'| size | job | tool | wall s | CPU s | peak MB | pages | pages/s (wall) | pages/CPU s |',
             '|---:|---|---|---:|---:|---:|---:|---:|---:|']
    for r in results:
        lines.append(f'| {r["size"]}× | {r["format"]} | {r["tool"]} | {r["wall_s"]} | {r["cpu_s"]} | {r["peak_mb"]} | '
                     f'{r.get("pages", "")} | {r.get("pages_per_s", "")} | {r.get("pages_per_cpu_s", "")} |')
    by = {(r['size'], r['format'], r['tool']): r for r in results}
    lines.append('')
    lines.append('| target | measured (wall) | measured (CPU) | goal |')
    lines.append('|---|---:|---:|---|')
    for size in sorted({r['size'] for r in results}):
        e, pe = by.get((size, 'epub', 'bookbuilder')), by.get((size, 'epub', 'pandoc'))
        if e and pe:
            lines.append(f'| {size}×: EPUB time ÷ Pandoc\'s | {ratio(e["wall_s"], pe["wall_s"])} | {ratio(e["cpu_s"], pe["cpu_s"])} | ≤ 1 |')
        ew = by.get((size, 'epub', 'bookbuilder, cache warm'))
        if ew and pe:
            lines.append(f'| {size}×: EPUB rebuild (cache warm) ÷ Pandoc\'s | {ratio(ew["wall_s"], pe["wall_s"])} | '
                         f'{ratio(ew["cpu_s"], pe["cpu_s"])} | ≤ 1 |')
        pw = by.get((size, 'pdf', 'pandoc+weasyprint'))
        for tool, label in (('bookbuilder', 'first build'), ('bookbuilder, cache warm', 'rebuild, cache warm')):
            p = by.get((size, 'pdf', tool))
            if p and pw:
                lines.append(f'| {size}×: PDF pages/s ÷ WeasyPrint\'s ({label}) | {ratio(p["pages_per_s"], pw["pages_per_s"])} | '
                             f'{ratio(p["pages_per_cpu_s"], pw["pages_per_cpu_s"])} | ≥ 10 |')
    pw1 = by.get((1, 'pdf', 'pandoc+weasyprint'))
    for tool, label in (('bookbuilder', 'first build'), ('bookbuilder, cache warm', 'rebuild, cache warm')):
        a = by.get((1, 'all', tool))
        if a and pw1:
            lines.append(f'| 5 editions × 2 formats ÷ one WeasyPrint PDF ({label}) | {ratio(a["wall_s"], pw1["wall_s"])} | '
                         f'{ratio(a["cpu_s"], pw1["cpu_s"])} | < 0.33 |')
    for fmt in ('epub', 'pdf'):
        one, big = by.get((1, fmt, 'bookbuilder')), by.get((16, fmt, 'bookbuilder'))
        if one and big:
            lines.append(f'| 16× ÷ 1×, {fmt.upper()} | {ratio(big["wall_s"], one["wall_s"])} | {ratio(big["cpu_s"], one["cpu_s"])} | ≤ 18 |')
            lines.append(f'| 16×: peak memory, {fmt.upper()} | {big["peak_mb"]} MB | | < 2048 MB |')
    ln = by.get((1, 'launcher', './book'))
    if ln:
        lines.append(f'| launcher overhead over `java -jar` (s) | {ln["overhead_wall_s"]} | {ln["overhead_cpu_s"]} | < 0.3 |')
    ed = by.get((1, 'epub-one-edit', 'bookbuilder'))
    if ed:
        lines.append(f'| one-edit EPUB rebuild, new process, cache warm (s) | {ed["wall_s"]} | {ed["cpu_s"]} | < 1 in watch mode |')
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sizes', default='1,4,16')
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--tools', default='book,pandoc,weasyprint')
    ap.add_argument('--formats', default='launcher,epub,pdf,all,epub-one-edit',
                    help='jobs to run: launcher, epub, pdf, all (every edition and format, 1x only), epub-one-edit (1x only)')
    ap.add_argument('--json', default=str(ROOT / 'bench' / 'results.json'), help='where to write the results')
    ap.add_argument('--report', nargs='+', metavar='JSON', help='only print the table of earlier runs\' results, joined')
    args = ap.parse_args()
    if args.report:
        print(report([r for f in args.report for r in json.loads(Path(f).read_text(encoding='utf-8'))]))
        return
    args.size_list = [int(s) for s in args.sizes.split(',')]
    args.format_list = set(args.formats.split(','))
    tools = set(args.tools.split(','))
    if not JAR.exists():
        subprocess.run([str(ROOT / 'book'), '--version'], check=True, stdout=subprocess.DEVNULL)
    work = Path(tempfile.mkdtemp(prefix='bench-'))
    jar = work / 'bookbuilder.jar'
    shutil.copy2(JAR, jar)  # a rebuild of target/ during a long run must not change the jar under it
    try:
        if 'book' in tools:
            ARCHIVE.extend(train_archive(jar, work))
        results = run_tools(args, tools, work, str(jar))
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + '\n')
        print()
        print(report(results))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
