#!/usr/bin/env python3
"""Side-by-side timings: this builder against Pandoc (EPUB) and Pandoc -> HTML -> WeasyPrint (PDF).

Builds the course, and the course's clusters repeated to larger sizes (with unique ids), the complete
edition only, one format per run so that each tool is timed on the same job. Runs alternate between
the tools so that a noisy machine affects both alike. Prints a table and writes bench/results.json.

usage: bench/run.py [--sizes 1,4,16] [--runs 3] [--tools book,pandoc,weasyprint]
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / 'target' / 'bookbuilder.jar'


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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sizes', default='1,4,16')
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--tools', default='book,pandoc,weasyprint')
    ap.add_argument('--json', default=str(ROOT / 'bench' / 'results.json'), help='where to write the results')
    args = ap.parse_args()
    tools = set(args.tools.split(','))
    if not JAR.exists():
        subprocess.run([str(ROOT / 'book'), '--version'], check=True, stdout=subprocess.DEVNULL)
    have_pandoc = 'pandoc' in tools and shutil.which('pandoc')
    have_weasy = 'weasyprint' in tools and shutil.which('weasyprint') and have_pandoc
    work = Path(tempfile.mkdtemp(prefix='bench-'))
    results = []
    for size in [int(s) for s in args.sizes.split(',')]:
        book = scaled_book(size, work)
        jobs = {'epub': [], 'pdf': []}
        if 'book' in tools:
            for fmt in ('epub', 'pdf'):
                out = work / f'out-{size}-{fmt}'
                jobs[fmt].append(('bookbuilder', lambda fmt=fmt, out=out: timed(
                    [java(), '-Djava.awt.headless=true', '-jar', str(JAR), 'build', '--source', str(book), '--out', str(out),
                     '--edition', 'complete', '--format', fmt]), lambda fmt=fmt, out=out: next(out.glob('*.' + fmt))))
        if have_pandoc:
            md = pandoc_source(book, work)
            epub = work / f'pandoc-{size}.epub'
            jobs['epub'].append(('pandoc', lambda md=md, epub=epub: timed(
                ['pandoc', str(md), '-f', 'markdown', '-t', 'epub3', '--toc', '--mathml', '-o', str(epub)]), lambda epub=epub: epub))
        if have_weasy:
            md = pandoc_source(book, work)
            html = work / f'pandoc-{size}.html'
            pdf = work / f'weasy-{size}.pdf'

            def weasy(md=md, html=html, pdf=pdf):
                a = timed(['pandoc', str(md), '-f', 'markdown', '-t', 'html5', '--standalone', '--mathml', '--toc', '-o', str(html)])
                b = timed(['weasyprint', str(html), str(pdf)])
                return {'wall': a['wall'] + b['wall'], 'cpu': a['cpu'] + b['cpu'], 'rss_mb': max(a['rss_mb'], b['rss_mb'])}
            jobs['pdf'].append(('pandoc+weasyprint', weasy, lambda pdf=pdf: pdf))
        for fmt, tool_jobs in jobs.items():
            samples = {name: [] for name, _, _ in tool_jobs}
            files = {}
            for run in range(args.runs):
                order = tool_jobs if run % 2 == 0 else list(reversed(tool_jobs))  # alternate who goes first
                for name, job, output in order:
                    samples[name].append(job())
                    files[name] = output()
            for name, s in samples.items():
                row = {'size': size, 'format': fmt, 'tool': name, 'runs': len(s),
                       'wall_s': round(statistics.median(x['wall'] for x in s), 2),
                       'cpu_s': round(statistics.median(x['cpu'] for x in s), 2),
                       'peak_mb': round(max(x['rss_mb'] for x in s)),
                       'bytes': files[name].stat().st_size}
                if fmt == 'pdf':
                    row['pages'] = pages(files[name])
                    row['pages_per_s'] = round(row['pages'] / row['wall_s'], 1)
                results.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
    Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + '\n')
    print(f'\n{"size":>4} {"format":6} {"tool":18} {"wall s":>8} {"cpu s":>8} {"peak MB":>8} {"pages":>6} {"pages/s":>8}')
    for r in results:
        print(f'{r["size"]:>4} {r["format"]:6} {r["tool"]:18} {r["wall_s"]:>8} {r["cpu_s"]:>8} {r["peak_mb"]:>8} '
              f'{r.get("pages", ""):>6} {r.get("pages_per_s", ""):>8}')
    by = {(r['size'], r['format'], r['tool']): r for r in results}
    for size in sorted({r['size'] for r in results}):
        e, pe = by.get((size, 'epub', 'bookbuilder')), by.get((size, 'epub', 'pandoc'))
        p, pw = by.get((size, 'pdf', 'bookbuilder')), by.get((size, 'pdf', 'pandoc+weasyprint'))
        if e and pe:
            print(f'x{size}: EPUB wall time {e["wall_s"] / pe["wall_s"]:.2f}× Pandoc\'s')
        if p and pw:
            print(f'x{size}: PDF {p["pages_per_s"] / pw["pages_per_s"]:.1f}× WeasyPrint\'s pages per second')
    shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
