"""The .html/.htm reader: the main text of a saved article as blocks (headings, paragraphs, lists, quotes, tables).

lxml's HTML parser builds the tree (it mends unclosed <p>/<li> and stray </div> as browsers do); the walk below
keeps the article and drops the page around it: navigation, menus, sidebars, comments, forms, scripts."""

from __future__ import annotations

import contextvars
import hashlib
import re
from pathlib import Path

from ..errors import CorpusError
from .decode import ads_talked_of, is_boilerplate_line, without_counters
from .model import RAISED, Document, DocumentBuilder
from .structure import (CELL, HARD_BREAK, LINES_MIN, LIST_MARKER, MD_HEADING, TYPED_LEVEL_STEP, IndentLevels,
                        chapter_title, headings_as_items, is_caption, is_reference_heading, join_wrapped_hyphens,
                        mend_hard_breaks, numbered_heading, pasted_lines, place_section_names, spaced_number,
                        text_blocks, title_shaped, typed_items, unwrap)

# Never text of the document: code, page furniture and controls.
_DROPPED = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "base", "nav", "aside", "form",
    "button", "select", "option", "textarea", "input", "label", "iframe", "frame", "frameset", "object", "embed",
    "svg", "math", "canvas", "video", "audio", "source", "track", "map", "img", "picture", "dialog", "menu",
})
# What is never text even when a page is read leniently (document_from_html): code, controls, media - all of the
# above but the furniture that may hold a fragment's whole text
_NEVER_TEXT = _DROPPED - {"nav", "aside", "form", "label", "dialog", "menu"}
_LENIENT = contextvars.ContextVar("lenient", default=False)  # the page's guessed furniture held all of it
_COPY_MARK = "data-telusur-copy"  # set on a part repeating an earlier part of the page word for word (_mark_copies)
_TEXT_MARK = "data-telusur-text"  # set on an element the walk's class guess would drop but that holds the page's text
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "center", "figure", "figcaption", "address",
    "details", "summary", "dl", "dt", "dd", "body", "html", "hgroup", "fieldset", "legend", "caption",
})
# class/id words of page parts that are not the article (WordPress, Blogger, Bootstrap themes; a saved Wikipedia
# page's "[sunting]" links, navigation boxes, categories and what it marks "noprint").
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|widget|comments?|comment-respond|respond|share|sharing|"
    r"social|related|breadcrumbs?|pagination|pager|cookie|advert|ads|banner|footer|site-header|skip-link|"
    r"post-navigation|author-bio|author-box|about-author|subscribe|newsletter|popup|modal|tags?|toc|lwptoc|"
    r"table-of-contents|noprint|navbox|catlinks|editsection|edit-link|printfooter|jump-link|cite-backlink|"
    # a course app's user picture (its initials) and the message it shows when a search finds nothing
    r"avatar|empty-state)"
    r"(?:$|[\s_-])",
    re.I,
)
_KIX_LEVEL = re.compile(r"\blst-kix_\w+-(\d)\b")  # a Google Docs list's class names its level: "lst-kix_a1b2-1"
# A list's markers as its style sets them, the <ol type=...> they stand for: CSS "list-style(-type): lower-alpha" on the
# list (a template styling a <ul> as a lettered list) or a utility class naming the style ("list-decimal",
# "list-[lower-alpha]"); "disc", "none" and the rest keep the list's own kind
_LIST_STYLE = re.compile(r"(?:\blist-style(?:-type)?\s*:[^;\"]*?|(?<![\w-])list-\[?)"
                         r"\b(decimal|lower-(?:alpha|latin|roman)|upper-(?:alpha|latin|roman))\b", re.I)
_STYLE_TYPE = {"decimal": "1", "lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A", "upper-latin": "A",
               "lower-roman": "i", "upper-roman": "I"}
_TAG = re.compile(r"</?(?:p|br|div|span|li|ol|ul|h[1-6]|section|article|table|tr|td|strong|b|em|i|a|img|blockquote)"
                  r"(?:\s[^<>]*)?/?>", re.I)
_FOOTNOTES = re.compile(r"(?:^|[\s_-])(?:footnotes?|endnotes?)(?:$|[\s_-])", re.I)
_SPACE = re.compile(r"[ \t\r\n\f\xa0]+")  # &nbsp; too: layout, not text
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def read(raw: bytes, rel: str) -> Document:
    """A saved web page: its main text as blocks; the title from <title>, the first <h1>, or the file name."""
    from .decode import decode_bytes, normalize_text

    return document_from_html(normalize_text(decode_bytes(raw, rel)), rel, hashlib.sha256(raw).hexdigest())


def document_from_html(text: str, rel: str, sha256: str) -> Document:
    """The Document of decoded HTML text (a .html file, or a .txt file that is really HTML)."""
    text = join_wrapped_hyphens(without_template_code(text))  # "aksioma-" / "aksioma"
    document = _built(text, rel, sha256, lenient=False)
    if not document.blocks:
        # the walk's guesses at the page around the article (a header, a form, a dialog, hidden parts) took all of
        # it: a fragment or a view whose whole text sits where a page's furniture would. Read what a browser shows
        # of it, controls and code aside, refusing only a page with no prose there either (a layout, links only)
        lenient = _built(text, rel, sha256, lenient=True)
        if _has_prose(lenient):
            return lenient
    if not document.blocks:
        raise CorpusError(f"{rel}: halaman HTML ini tidak berisi teks artikel; simpan halamannya lengkap "
                          "(\"Simpan halaman sebagai… HTML lengkap\") atau salin teksnya ke .txt.")
    return document


def _built(text: str, rel: str, sha256: str, lenient: bool) -> Document:
    from .decode import title_from_name

    builder = DocumentBuilder()
    token = _LENIENT.set(lenient)
    try:
        title = blocks_from_html(text, builder, whole_page=True)
    finally:
        _LENIENT.reset(token)
    built = builder.build(rel, title or title_from_name(Path(rel)), sha256, "html")
    return headings_as_items(pasted_lines(place_section_names(built, builder.placed)))


PROSE_WORDS = 6  # a block of this many words or more, ending as a sentence does, is prose; or twice as many words


def _has_prose(document: Document) -> bool:
    """True when a page read leniently holds prose: a paragraph, item, quote or table of a sentence (PROSE_WORDS words
    closed by a stop, a question mark or a lead-in's colon) or of 2 * PROSE_WORDS words. A layout's site name, its
    menu's links and a copyright line are none; a page of them is refused still."""
    for block in document.blocks:
        if block.kind == "heading":
            continue
        for line in document.text[block.start:block.end].split("\n"):
            words = line.split()
            if len(words) >= 2 * PROSE_WORDS or len(words) >= PROSE_WORDS and line.rstrip().endswith((".", "?", "!", ":")):
                return True
    return False


# A server template's own code, which the server runs and no reader sees: Blade directives on a line of their own
# ("@extends('layouts.main')", "@section('konten')", "@endsection") or, with their arguments, anywhere ("<h3>
# @yield('judul') </h3>", "@vite('resources/css/app.css')"), Blade's comments ("{{-- Navbar --}}"), Blade's or
# Jinja's tags and echoes ("{{ $judul }}", "{!! $isi !!}", "{% block isi %}", "{# catatan #}") and PHP's blocks
# ("<?php include 'header.php'; ?>", a last one left open), whose "->" and "=>" the HTML parser took for the
# block's end, the rest of the code then read as text.
_DIRECTIVES = (r"extends|section|endsection|yield|include|includeIf|includeWhen|includeUnless|includeFirst|each|stop|"
               r"show|parent|push|endpush|prepend|endprepend|stack|php|endphp|csrf|method|if|elseif|else|endif|unless|"
               r"endunless|foreach|endforeach|for|endfor|forelse|empty|endforelse|while|endwhile|auth|endauth|guest|"
               r"endguest|isset|endisset|component|endcomponent|slot|endslot|vite|viteReactRefresh|livewire|"
               r"livewireStyles|livewireScripts|lang|choice|error|enderror|can|endcan|cannot|endcannot|hasSection|"
               r"switch|case|break|default|endswitch|props|inject|once|endonce|env|endenv|production|endproduction|"
               r"session|endsession|dd|dump|json|selected|checked|disabled|readonly|required")
_ARGUMENTS = r"\((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*\)"
_TEMPLATE_CODE = re.compile(
    rf"^[ \t]*@(?:{_DIRECTIVES})\b(?:\s*{_ARGUMENTS})?[ \t]*$|(?<![\w@.])@(?:{_DIRECTIVES})\s*{_ARGUMENTS}|"
    r"\{\{--.*?--\}\}|<\?(?:php\b|=).*?(?:\?>|\Z)|"
    r"@?\{\{[ \t$][^{}]{0,200}\}\}|\{!![^!]{0,200}!!\}|\{%[ \t-][^%]{0,200}%\}|"
    r"\{#[ \t][^#]{0,200}#\}|"
    # a placeholder filling its line or its element ("{elapsed_time}", "{{judul}}", "{$nama}"): a framework's
    # pseudo-variable its page shows replaced, a name of two characters or more
    r"(?:(?<=>)|^)[ \t]*\{\{?[ \t]*\$?[A-Za-z_][\w.]+[ \t]*\}\}?[ \t]*(?=<|$)", re.M | re.S)
# (a space inside "{{ }}": TeX's "\mathbf{{x}}" is no template's echo; "@{{ }}" is Blade's way to leave one to Vue)


def without_template_code(text: str) -> str:
    """A page saved from a server template, its template code left out (_TEMPLATE_CODE): read as text, "@extends(
    'layouts.main') @section('main_content')" opened the first passage. A PHP block leaves what it prints as
    written in it ("<?php echo '<p>Teks</p>'; ?>"), as the page shows it. A component's module saved as a page
    (without_module_code) keeps only its markup."""
    return _TEMPLATE_CODE.sub(lambda m: _printed(m.group()) if m.group().startswith("<?") else "",
                              without_module_code(text))


# A JavaScript module's statements before a component's markup (React, Next.js: "import Head from 'next/head'",
# "export default function Home() {", "return (") and after it (") }", "export default Home"), and JSX's comments
_MODULE_HEAD = re.compile(r"\A\s*(?:(?:['\"]use (?:client|strict)['\"];?|import\b|export\b|const\b|let\b|var\b|function\b|"
                          r"//|/\*)[^<]*?)\n(?=[ \t]*<[A-Za-z>])", re.S)
_MODULE_IMPORT = re.compile(r"(?m)^[ \t]*(?:import\s[^\n]*\bfrom\s*['\"]|import\s+['\"]|export\s+default\b)")
_MODULE_TAIL = re.compile(r"(?<=>)(?:[\s);}\]]|//[^\n]*|/\*.*?\*/)*(?:export\s+default\b.*)?\Z", re.S)
_JSX_COMMENT = re.compile(r"\{\s*/\*.*?\*/\s*\}", re.S)


def without_module_code(text: str) -> str:
    """A component's source saved as a page (a React or Next.js view: import lines, then a function returning its
    markup): the module's code before the markup and after its last tag, and JSX's comments ("{/* <Image … /> */}"),
    are code no reader sees; read as text, "import Head from 'next/head' import Image …" opened the first passage and
    ") } export default Home" closed the last. A page whose text opens with no import or export is left as it is."""
    head = _MODULE_HEAD.match(text)
    if head is None or not _MODULE_IMPORT.search(head.group()):
        return text
    body = text[head.end():]
    return _JSX_COMMENT.sub("", _MODULE_TAIL.sub("", body, count=1))


_PRINTED = re.compile(r"""\b(?:echo|print)\s*\(?\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def _printed(block: str) -> str:
    """The strings a PHP block prints as they stand ("echo 'Teks';"), each on its line; nothing of its code."""
    return "\n".join(a or b for a, b in _PRINTED.findall(block))


def looks_like_html(text: str) -> bool:
    """True for text that is HTML markup (a page or a template fragment saved as .txt), not prose mentioning a tag."""
    sample = text[:20000]
    tags = _TAG.findall(sample)
    if len(tags) < 3:
        return False
    closing = sum(1 for t in tags if t.startswith("</"))
    return sample.lstrip().startswith("<") or (closing >= 3 and sum(map(len, tags)) > 0.02 * len(sample))


def blocks_from_html(text: str, builder: DocumentBuilder, base_level: int = 0, references: bool = False,
                     whole_page: bool = False) -> str | None:
    """Add the blocks of an HTML page or fragment to builder; returns the page's title if it names one.
    base_level is added to heading levels (HTML inside a Markdown section); references: the fragment stands
    in a reference list (under "Daftar Pustaka"), so its paragraphs and items are reference entries; whole_page: the
    text is a page of its own (not HTML inside Markdown), whose class-named parts may hold its text (_mark_text)."""
    root = parse(text)
    if root is None:
        return None
    main = main_content(root)
    if _LENIENT.get():  # all of what a browser shows: an empty <article> or <main> beside the text holds none of it
        main = root.find("body") if root.find("body") is not None else root
    elif whole_page:
        _mark_text(main)
    if whole_page:
        _mark_copies(main)
    title = _page_title(root, main)
    walker = _Walker(builder, base_level)
    walker.ads_talked_of = ads_talked_of(" ".join(main.itertext()))
    walker.references_at = base_level if references else None
    walker.run(main)
    return title


def parse(text: str):
    """The lxml tree of an HTML page or fragment (None when there is no markup at all)."""
    import lxml.html
    from lxml import etree

    # lxml refuses str input that declares its own encoding; the text is already decoded.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def main_content(root):
    """The element holding the article: the one <article>, else <main> or role=main, else the whole body."""
    for path in ("//article", "//main", "//*[@role='main']"):
        found = [el for el in root.xpath(path) if not _is_boilerplate(el) and _holds_words(el)]
        if len(found) == 1:
            return _with_boxes(found[0])
        if len(found) > 1:
            # Several articles: a listing page, or an article with related-post cards; take the clearly biggest.
            sizes = sorted(((len("".join(el.itertext())), i) for i, el in enumerate(found)), reverse=True)
            if sizes[0][0] > 2 * sizes[1][0]:
                return found[sizes[0][1]]
    body = root.find("body")
    return body if body is not None else root


def _holds_words(el) -> bool:
    """True when el holds a word a browser shows (code aside): an empty <article> or <main> set beside a page's text
    (a layout's slot left unfilled, the text written after it) is no main element, the page around it is."""
    return any(t.strip() for t in el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]"))


def _with_boxes(article):
    """The article, or the <main> around it when that <main> also holds a box of the text beside the article (an
    <aside> of sentences: "Sedikit Tambahan" and its paragraph), which reading the article alone left out."""
    main = next((a for a in article.iterancestors() if _tag(a) == "main" or a.get("role") == "main"), None)
    if main is None:
        return article
    boxes = [el for el in main.iter("aside") if article not in el.iterancestors()
             and not _is_boilerplate(el) and _own_box(el)]
    return main if boxes else article


def _page_title(root, main) -> str | None:
    """The article's own title (its first <h1>, or a word processor's Title paragraph; a <title> often adds the
    site's name), else <title>, else any <h1>, else the article's first heading of another level (a post's body
    saved without its page: "<h2>Pengertian Tindak Pidana</h2>", as a Markdown text's first heading titles it)."""
    own = [el for el in main.iter("p", "h1") if _shown(el, main) and (
        _tag(el) == "h1" or _title_paragraph(el))]
    first = next((el for el in main.iter(*_HEADINGS) if _shown(el, main)), None)
    for el in [*own, *root.iter("title"), *root.iter("h1"), *([first] if first is not None else [])]:
        title = " ".join(_inline(el).split())  # without what the walk drops inside it (a permalink's "#")
        if title:
            return spaced_number(title) if _tag(el) in _HEADINGS else title
    return None


def _shown(el, main) -> bool:
    """True when no element between el and main is dropped by the walk (a site header's <h1> is not)."""
    top = _tag(main) not in ("article", "main")
    for ancestor in el.iterancestors():
        if ancestor is main:
            return True
        if _dropped(ancestor, top):
            return False
    return True


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _is_boilerplate(el) -> bool:
    words = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
    if _POST.search(words):
        return False  # a blog's post: its classes name its terms ("tag-guru", "category-social-media"), no furniture
    return bool(words.strip()) and bool(_BOILERPLATE.search(words))


# The classes a blog engine sets on a post's element (WordPress's post_class: "post-12 post type-post status-publish
# hentry category-x tag-y"), beside the classes naming the post's tags and categories
_POST = re.compile(r"(?:^|\s)(?:hentry|type-post|status-publish)(?:$|\s)")


def _dropped(el, top: bool) -> bool:
    """Elements that are page furniture; a header/footer only outside the article (an article's own header holds its
    title); a <header> or <aside> set among a post's paragraphs is the post's own, wherever the page puts the post.
    Read leniently (_LENIENT), only code, controls and media are."""
    tag = _tag(el)
    if _LENIENT.get():
        return not tag or el.get(_COPY_MARK) is not None or (tag in _NEVER_TEXT or _button_link(el)) and not (tag in ("button", "a") and _discloses(el))
    if not tag or el.get("hidden") is not None or el.get("aria-hidden") == "true" or el.get(_COPY_MARK) is not None:
        return True
    if el.get(_TEXT_MARK) is not None:
        return False
    if tag in ("header", "aside") and _among_prose(el) or tag == "aside" and _in_main(el):
        return _is_boilerplate(el) or not _own_box(el)
    if tag == "form" and _asks(el) or tag == "label" and _choice(el):
        return False
    if tag in _DROPPED:
        return not (tag == "button" and _discloses(el))
    if tag in ("header", "footer") and top or tag == "div" and el.get("title") in ("header", "footer"):
        return True  # LibreOffice writes a page's running header and footer as <div title="header">
    if tag == "a" and (_permalink(el) or _in_contents_run(el) or _button_link(el) and not _discloses(el)):
        return True
    return _is_boilerplate(el) or tag in ("p", "div") and _points_elsewhere(el) or tag in ("ol", "ul") and _contents(el)


_BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.I)


def _button_link(el) -> bool:
    """A link set as a button (role="button", or a class naming one: Bootstrap's "btn btn-primary", "tombol-button"):
    a control's label under a card's text or at a page's foot ("Ajukan Sekarang", "Kembali", "Next"), as a <button>
    is; read, it stood as a passage of its own or ran into the paragraph after it. A disclosure set as a link (an
    accordion's question: _discloses) is the text's."""
    if _tag(el) != "a":
        return False
    return (el.get("role") or "").lower() == "button" or bool(_BUTTON_CLASS.search(el.get("class") or ""))


_CHOICE = "input[translate(@type, 'RADIOCHECKBOX', 'radiocheckbox')='radio' or " \
          "translate(@type, 'RADIOCHECKBOX', 'radiocheckbox')='checkbox']"


def _asks(form) -> bool:
    """A form that asks its reader: a quiz's or a questionnaire's, holding choices (radio buttons, check boxes) to
    tick. Its questions and its choices are the page's text (a form is dropped as a control otherwise: a search box,
    a login, a comment form)."""
    return bool(form.xpath(f".//{_CHOICE}"))


def _choice(label) -> bool:
    """A label of a choice (a radio button or a check box inside it, or named by its for=): an answer's words ("A.
    Membandingkan kedua angka."), the text of a question's options; a field's name ("Nama", "Email") is not."""
    if label.xpath(f".//{_CHOICE}"):
        return True
    target = label.get("for")
    return bool(target) and bool(label.getroottree().xpath(f"//{_CHOICE}[@id=$i]", i=target))


_FURNITURE_TAGS = frozenset({"nav", "aside", "header", "footer"})  # furniture by their tag, no guess
TEXT_SENTENCE_WORDS = 8  # a sentence of this many words or more, closed by a stop, makes a part the page's prose


def _plain_words(el) -> tuple[int, bool]:
    """(words of el's text outside links, code and controls, whether any of its runs is a sentence of
    TEXT_SENTENCE_WORDS words or more closed by a stop): how much of the page's prose an element holds."""
    words, sentence = 0, False
    pieces = [el.text] if _tag(el) != "a" else []
    for child in el:
        tag = _tag(child)
        if tag and tag not in _DROPPED and tag != "a":
            n, s = _plain_words(child)
            words, sentence = words + n, sentence or s
        pieces.append(child.tail)
    run = " ".join(" ".join(p.split()) for p in pieces if p and p.strip())
    if run:
        words += len(run.split())
        sentence = sentence or any(len(piece.split()) >= TEXT_SENTENCE_WORDS
                                   for piece in re.findall(r"[^.!?]+[.!?]", run))
    return words, sentence


def _mark_text(main) -> None:
    """Mark the class-named parts of a page (_is_boilerplate: "widget", "modal", "banner", a tab's "nav-home") that
    hold its text: a part holding a sentence and at least as many words as the page outside every such part, as a
    page built of widgets or tabs sets its lesson ("<div class='k-widget text-based'>…"); the parts inside a marked
    one are its own. A sidebar's widgets or a share bar beside an article hold far fewer words than the article."""
    guessed = []

    def outside(el) -> int:  # words of el outside the guessed parts, the page's furniture, links, code and controls
        words = len((el.text or "").split()) if _tag(el) != "a" else 0
        for child in el:
            tag = _tag(child)
            if not tag or tag in _FURNITURE_TAGS or tag in _DROPPED:
                pass
            elif _is_boilerplate(child):
                guessed.append(child)
            elif tag and tag != "a":
                words += outside(child)
            words += len((child.tail or "").split())
        return words

    rest = outside(main)
    for el in guessed:
        words, sentence = _plain_words(el)
        if sentence and words >= rest:
            el.set(_TEXT_MARK, "")
            for inner in el.iter():
                if _tag(inner) and _tag(inner) not in _FURNITURE_TAGS and _is_boilerplate(inner):
                    inner.set(_TEXT_MARK, "")


COPY_WORDS = 12  # a part of the page this long that repeats an earlier one word for word is a copy of it
COPY_MAX_WORDS = 2000  # a part longer is compared by its parts: every part's text read once per level stays cheap


def _mark_copies(main) -> None:
    """Mark the parts of a page that repeat an earlier part word for word (COPY_WORDS words or more): a responsive
    page's second copy of its text, one for wide screens and one for phones ("<div class='max-md:hidden'>" and
    "<div class='md:hidden'>", Bootstrap's "d-none d-md-block"), of which a browser shows one; a paragraph pasted
    twice. Read twice, every passage had its twin. A copy is a part holding its headings too, or one with no heading
    between it and the first (a paragraph the text restates under another heading is that part's own). The first
    copy the walk reads is kept: an earlier one it drops (a menu, a hidden part) leaves the later one the text's."""
    from bisect import bisect_right

    seen: dict[str, object] = {}
    top = _tag(main) not in ("article", "main")
    order = list(main.iter())
    place = {el: i for i, el in enumerate(order)}
    headings = [i for i, el in enumerate(order) if _tag(el) in _HEADINGS or _tag(el) in ("p", "div") and _bold_heading(el)]
    sizes: dict = {}  # element -> about how many words it holds, counted once from its leaves up
    for el in reversed(order):
        sizes[el] = len((el.text or "").split()) + sum(sizes[c] + len((c.tail or "").split()) for c in el)

    def same_part(first, el) -> bool:  # no heading between the two (one inside the first copy is its own)
        after_first = place[first] + sum(1 for _ in first.iter())
        return bisect_right(headings, place[el]) == bisect_right(headings, after_first - 1)

    for el in order:
        tag = _tag(el)
        if not (tag in _BLOCKS or tag in _HEADINGS or tag in ("ol", "ul", "li", "table", "blockquote", "pre")) \
                or not COPY_WORDS <= sizes[el] <= COPY_MAX_WORDS:  # a longer copy's parts are compared instead
            continue
        words = "".join(el.itertext()).split()
        if len(words) < COPY_WORDS:
            continue
        text = " ".join(words)
        first = seen.get(text)
        if first is None or first in el.iterancestors() or not _kept(first, main, top):
            seen[text] = el
        elif el not in first.iterancestors() and (any(True for _ in el.iter(*_HEADINGS)) or same_part(first, el)):
            el.set(_COPY_MARK, "")


def _kept(el, main, top: bool) -> bool:
    """True when the walk reads el: neither it nor an element between it and main is dropped."""
    return not _dropped(el, top) and _shown(el, main)


_DISCLOSURE = re.compile(r"(?:^|[\s_-])(?:accordion|collaps(?:e|ible)|faq|toggle|question|pertanyaan)(?:$|[\s_-])",
                         re.I)
DISCLOSURE_WORDS = 3  # a disclosure's label this long says something ("Apa itu inflasi?"); "Buka", "Lihat semua" not


def _discloses(el) -> bool:
    """A button that opens a panel of the text under it: an FAQ's or an accordion's question ("<button
    class="accordion">Mengapa langit biru?</button><div class="panel">…"). Its words are the text's, the question
    its panel answers; a control's label ("Kirim", "Tutup") stays out."""
    marked = any(el.get(a) is not None for a in ("aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle",
                                                 "data-target", "data-bs-target")) \
        or bool(_DISCLOSURE.search(f"{el.get('class', '')} {el.get('id', '')}"))
    return marked and len("".join(el.itertext()).split()) >= DISCLOSURE_WORDS


def _among_prose(el) -> bool:
    """True when el's own siblings hold the text: a paragraph of a sentence beside it (8 words or more) under a parent
    that is not the page's body. A blog theme without <article>/<main> sets a post's <header> (its title, its date)
    and its <aside> (a note, a box) among the post's paragraphs; the site's header and a sidebar stand beside blocks
    (<div>s), or right under <body>."""
    parent = el.getparent()
    if parent is None or _tag(parent) in ("body", "html"):
        return False
    return any(_tag(sib) == "p" and len("".join(sib.itertext()).split()) >= 8 for sib in parent if sib is not el)


def _in_main(el) -> bool:
    """Inside the page's <main> (or role="main"): the page's own content, which a site's sidebar stands beside. An
    <aside> there ("Sedikit Tambahan" and its paragraph beside the article) is a box of the text."""
    return any(_tag(a) == "main" or a.get("role") == "main" for a in el.iterancestors())


def _own_box(el) -> bool:
    """A <header> or <aside> among a post's paragraphs is the post's own when it holds a sentence (a note box: a
    paragraph of 8 words or more closed by a stop, or a lead-in closed by a colon over a list of its points), or a
    header its title (a heading), and no sidebar's widget: a heading over a list ("Kategori" / its items) or a list
    that is only links. A bar of a byline and share buttons
    ("Diposting oleh admin Bagikan ke Facebook"), a sidebar's widgets set inside the post's container, are none."""
    for lst in el.iter("ul", "ol"):
        previous = lst.getprevious()
        text = " ".join("".join(lst.itertext()).split())
        linked = sum(len(" ".join("".join(a.itertext()).split())) for a in lst.iter("a"))
        if previous is not None and _tag(previous) in _HEADINGS or linked >= 0.8 * len(text) > 0:
            return False
    if _tag(el) == "header" and any(True for _ in el.iter(*_HEADINGS)):
        return True
    for lst in el.iter("ul", "ol"):  # a note's lead-in over its points ("Perhatikan:" / items), no heading's list
        previous = lst.getprevious()
        lead = "".join(previous.itertext()) if previous is not None else (lst.getparent().text or "")
        if " ".join(lead.split()).endswith(":"):
            return True
    for p in [*el.iter("p")] or [el]:
        text = " ".join("".join(p.itertext()).split()).rstrip("\"”’)")
        if len(text.split()) >= 8 and text.endswith((".", "!", "?")):
            return True
    return False


# The sign of a heading's permalink, as static site generators set one beside each heading: MkDocs and Sphinx "¶",
# VuePress, Docusaurus and Hugo "#", some themes "§" or a link symbol
_PERMALINK_SIGNS = frozenset("#¶§🔗⚓")


def _permalink(el) -> bool:
    """A link to an anchor of the page itself whose text is only a permalink's sign (or nothing but an icon): the
    heading it sits in is named without it ("Jaminan Perorangan", not "# Jaminan Perorangan")."""
    if not (el.get("href") or "").startswith("#"):
        return False
    text = "".join(el.itertext()).replace("\u200b", "").strip()
    return len(text) <= 2 and all(c in _PERMALINK_SIGNS for c in text)


CONTENTS_RUN = 3  # in-page links set one after another, with nothing but breaks between them, that make a menu


def _in_contents_run(el) -> bool:
    """A link to a part of the page itself ("#dosis") among CONTENTS_RUN or more such links its parent sets one after
    another, nothing but line breaks and spaces between them ("<a href='#indikasi'>Indikasi</a><br/><a
    href='#dosis'>Dosis</a><br/>..."): a side menu of the page's parts, whatever holds it (_contents reads one set as a
    list); the parts' own headings are the text. A sentence linking to two parts ("Lihat juga <a>efek samping</a> dan
    <a>kegunaan</a>") has words between its links: no run."""
    parent = el.getparent()
    if parent is None or not (el.get("href") or "").startswith("#"):
        return False
    run, holds = 0, False
    for child in parent:
        if child.tag == "a" and (child.get("href") or "").startswith("#"):
            run, holds = run + 1, holds or child is el
        elif child.tag != "br" or not isinstance(child.tag, str):
            if holds:
                break
            run = 0
            continue
        if (child.tail or "").strip():  # words after it end the run
            if holds:
                break
            run = 0
    return holds and run >= CONTENTS_RUN


def _contents(el) -> bool:
    """A blog's table of contents, whatever its class: a list of two items or more that are only links to the
    page's own headings ("<li><a href='#jenis'>Jenis Motivasi</a></li>"); the headings themselves are the text."""
    items = [li for li in el.iter("li")]
    text = " ".join("".join(el.itertext()).split())
    linked = sum(len(" ".join("".join(a.itertext()).split())) for a in el.iter("a")
                 if (a.get("href") or "").startswith("#"))
    return is_contents(len(items), len(text), linked)


def is_contents(items: int, text: int, linked: int) -> bool:
    """A list of items (two or more) whose text (its length) is (almost) only links (their text's length) to the
    page's own headings: a table of contents, in a page or in Markdown ("- [Jenis Motivasi](#jenis-motivasi)")."""
    return items >= 2 and linked >= 0.8 * text > 0


def _points_elsewhere(el) -> bool:
    """A news site's link to its other articles set inside the article ("Baca juga: <a>Lima Kampus …</a>", "Artikel
    terkait: …"): the label (decode.POINTS_ELSEWHERE), then only the links' own text."""
    from .decode import POINTS_ELSEWHERE

    opening = ""
    for piece in el.itertext():  # its first words first: the whole text of every block would be read once per level
        opening = " ".join(f"{opening} {piece}".split())
        if len(opening) > 40:
            break
    if not POINTS_ELSEWHERE.match(opening):
        return False
    text = " ".join("".join(el.itertext()).split())
    label = POINTS_ELSEWHERE.match(text)
    linked = sum(len(" ".join("".join(a.itertext()).split())) for a in el.iter("a"))
    return linked >= 0.8 * len(text[label.end():].strip(" :-–")) > 0


class _Walker:
    """Walks the kept tree in reading order, gathering inline text and adding a block at each block boundary."""

    def __init__(self, builder: DocumentBuilder, base_level: int):
        self.b = builder
        self.base = base_level
        self.buf: list[str] = []
        self.kind = "paragraph"
        self.top = True  # outside an <article>/<main>: site headers and footers are dropped
        self.references_at: int | None = None  # level of the open reference-list heading
        self.level = 0  # level of the last <h1>-<h6>: a bold paragraph acting as a heading goes one below it
        self.ads_talked_of = False  # the page writes of advertising: an "IKLAN" paragraph titles a part of it
        self.indent = 0.0  # where the open paragraph's first line starts (CSS margin-left and text-indent), in twips
        self.typed = IndentLevels(TYPED_LEVEL_STEP)  # the levels of a list typed by hand, by indent
        self.labelled = False  # the last block was a paragraph naming the sources alone ("Sumber:"): a list after it
        # is the page's sources, its links' addresses kept as a reference list's are

    def run(self, root) -> None:
        self.top = _tag(root) not in ("article", "main")
        self.block(root)
        self.flush()

    def flush(self) -> None:
        raw = "".join(self.buf)
        lines = _page_by_lines(raw) if self.kind == "paragraph" and self.references_at is None else None
        if lines is not None:
            self.buf = []
            self.page_lines(lines)
            return
        text = addresses_at_line_ends(_lines(mend_hard_breaks(raw.replace(SOURCE_BREAK, " "))))
        if self.kind == "paragraph":  # a line a copied page would lose too: an ad's label, a byline's counters
            text = "\n".join(without_counters([line for line in text.split("\n")
                                                if not is_boilerplate_line(line, self.ads_talked_of)]))
        self.buf = []
        if not text:
            return
        self.labelled = self.kind == "paragraph" and bool(_SOURCES_LABEL.fullmatch(text.strip()))
        if self.references_at is not None or self.kind != "paragraph":
            self.typed.end()
            self.b.add("reference" if self.references_at is not None and self.kind == "paragraph" else self.kind, text)
            return
        for a, b, marker in typed_items(text):  # a list typed by hand, as in a DOCX ("1.<tab>Sarana ...")
            if marker:
                self.b.add("item", LIST_MARKER.sub("", text[a:b], count=1), level=self.typed.item(self.indent),
                           marker=marker)
            else:
                self.typed.end()
                self.b.add("paragraph", text[a:b])

    def page_lines(self, text: str) -> None:
        """A page's text written line by line in one paragraph (_page_by_lines), read as a .txt whose paragraphs are
        its lines: a title line over prose a heading ("SPEED (KECEPATAN)" / "Kecepatan yang dimaksud …"), the lines
        a lead-in announces each its own, typed markers items; a reference list among them ends with the paragraph."""
        text = "\n".join(line for line in unwrap(text).split("\n")
                          if not is_boilerplate_line(line, self.ads_talked_of))
        references = self.references_at
        for block in text_blocks(text, lines=True):
            piece = text[block.start:block.end].strip()
            if block.kind == "heading":
                self.heading(MD_HEADING.sub("", " ".join(piece.split())), self.base + self.level + block.level,
                             placed=True)
                continue
            self.buf = [piece]
            self.flush()
        self.references_at = references

    def heading(self, text: str, level: int, placed: bool = False) -> None:
        """A heading; a reference-list heading ("Daftar Pustaka") makes what follows, up to the next heading of
        its level or above, reference entries. placed: a bold paragraph, whose level structure.place_section_names
        decides."""
        if not text:
            return
        self.typed.end()
        self.labelled = False
        if self.references_at is not None and level <= self.references_at:
            self.references_at = None
        if is_reference_heading(text):
            self.references_at = level
        self.b.heading(text, level, placed=placed)

    def block(self, el) -> None:
        """The children of a block element, with text around them (its source's line breaks marked: _page_by_lines)."""
        self.buf.append(_ws(el.text, SOURCE_BREAK))
        for child in el:
            self.node(child)
            self.buf.append(_ws(child.tail, SOURCE_BREAK))

    def node(self, el) -> None:
        tag = _tag(el)
        if _dropped(el, self.top):
            return
        if tag in _HEADINGS and _holds_prose(el):
            tag = "div"  # a page's whole text set inside one <h3> for its type size: read as the text it is
        if tag in _HEADINGS:
            self.flush()
            self.level = _HEADINGS[tag]
            self.heading(spaced_number(_lines(_inline(el)).replace("\n", " ")), self.base + _HEADINGS[tag])
        elif tag == "p" and _title_paragraph(el) and not self.b.section:
            self.flush()  # a word processor's Title style, as a DOCX's Title: the top heading
            self.heading(" ".join("".join(el.itertext()).split()), self.base + 1)
        elif tag in ("p", "div") and _bold_heading(el) and (self.references_at is None or numbered_heading(
                " ".join(_inline(el).split()))):  # in a reference list, a bold line is an entry; "2.5 Lampiran" not
            self.flush()
            self.heading(" ".join(_inline(el).split()), self.base + self.level + 1, placed=True)  # "BAB II<br>…"
        elif tag in ("ol", "ul"):
            self.flush()
            self.list(el, 0)
        elif tag == "blockquote":
            self.flush()
            outer, self.kind = self.kind, "quote"
            self.block(el)
            self.flush()
            self.kind = outer
        elif tag == "table":
            self.flush()
            self.table(el)
        elif tag == "dl":
            self.flush()
            self.definitions(el)
        elif tag == "pre":
            self.flush()
            self.b.add(self.kind, "".join(el.itertext()))
        elif tag == "br":
            self.buf.append(HARD_BREAK)
        elif tag == "sup" or _note_link(el):  # a footnote mark: "kata¹", not "kata1"; a note's link "[1]" too
            text = _ws("".join(el.itertext()))
            linked = any(_note_link(a) for a in el.iter("a"))
            self.buf.append(superscript(text.strip().strip("[]") if linked else text))
        elif tag in ("p", "div") and _note_entry(el):  # a word processor's note at the page's end: "[1] Kotler, …"
            self.flush()
            text = _lines(_inline(el)).replace("\n", " ")
            self.b.add("footnote", _NOTE_LABEL.sub(lambda m: f"{superscript(m.group(1))} ", text, count=1))
        elif _FOOTNOTES.search(f"{el.get('class', '')} {el.get('id', '')}") and tag in ("div", "section", "aside", "ol"):
            self.flush()
            self.footnotes(el)
        elif tag == "figure" and (caption := _table_caption_below(el)) is not None:
            self.flush()  # a table's caption set under it (WordPress's table block) leads it, as a caption above does
            self.node(caption)
            self.buf.append(_ws(el.text))
            for child in el:
                if child is not caption:
                    self.node(child)
                self.buf.append(_ws(child.tail))
            self.flush()
        elif tag == "hr":
            self.flush()
        elif tag in _BLOCKS or tag == "li":
            self.flush()
            top, self.top = self.top, self.top and tag not in ("article", "main")
            indent, self.indent = self.indent, first_line_indent(el, self.indent)
            self.block(el)
            self.flush()
            self.top, self.indent = top, indent
        elif tag in ("strong", "b") and self.references_at is None and _loose_bold_title(el, "".join(self.buf)):
            self.flush()  # "<br><strong>2.5 Papan Roti</strong><p …>": a bold line between blocks, as a bold <p>
            self.heading(" ".join(_inline(el).split()), self.base + self.level + 1, placed=True)
        elif tag == "button":  # a disclosure's question (_discloses) heads the panel that answers it
            self.flush()
            self.heading(" ".join(_inline(el).split()), self.base + self.level + 1, placed=True)
        elif tag == "a" and self.references_at is not None:  # an entry's link: its words, then its address
            start = len(self.buf)
            self.block(el)
            self.buf.append(link_address("".join(self.buf[start:]).replace(SOURCE_BREAK, " "), el.get("href")))
        else:  # inline: <strong>, <a>, <span>, unknown elements
            self.block(el)

    def definitions(self, el) -> None:
        """A definition list (a glossary): each term with its definition in one paragraph ("Kerjasama bilateral:
        Kerjasama antara dua negara."), so the definition names what it defines."""
        terms: list[str] = []
        after_definition = False
        for child in el:
            tag = _tag(child)
            if _dropped(child, False):
                continue
            if tag == "div":  # WHATWG allows a <div> around each group of terms and definitions
                self.definitions(child)
                continue
            text = _lines(_inline(child)).replace("\n", " ").strip()
            if tag == "dt" and text:
                terms = [text] if after_definition else terms + [text]
                after_definition = False
            elif tag == "dd" and text:
                term = ", ".join(terms).rstrip(":")
                kind = "reference" if self.references_at is not None and self.kind == "paragraph" else self.kind
                self.b.add(kind, f"{term}: {text}" if term else text)
                after_definition = True

    def footnotes(self, el) -> None:
        """A footnote section (WordPress, Pandoc, Word exports): each entry a footnote block, numbered like its mark."""
        entries = [li for li in el.iter("li")] or [el]
        for n, li in enumerate(entries, 1):
            text = _lines(_inline(li)).replace("↩", "").strip()
            if text:
                self.b.add("footnote", f"{superscript(str(n))} {text}" if li is not el else text)

    def list(self, el, level: int) -> None:
        """A list's items with their markers (ol start/type/value kept), nested lists one level deeper."""
        self.typed.end()
        sources, self.labelled = self.labelled or self.references_at is not None, False
        styled = _LIST_STYLE.search(f"{el.get('style', '')} {el.get('class', '')}")
        ordered = _tag(el) == "ol" or styled is not None
        number = _int(el.get("start"), 1)
        kix = _KIX_LEVEL.search(el.get("class", ""))  # Google Docs sets each level's items in a list of its own
        level = max(level, int(kix.group(1)) if kix else 0)
        style = (_STYLE_TYPE[styled.group(1).lower()] if styled else el.get("type", "1")) if ordered else ""
        if ordered and el.get("reversed") is not None:
            step = -1
        else:
            step = 1
        # Text written straight inside the list, with no <li> (invalid, common in hand-written templates: numbered
        # steps as "1. ...<br/>2. ..." in a bare <ul>): a browser shows it, so it is read as a paragraph is, its
        # typed numbers made items (flush); an inline element there (<br>, <b>, <a>) is part of that run.
        self.buf.append(_ws(el.text))
        for child in el:
            tag = _tag(child)
            if tag in ("ol", "ul"):  # a list written directly inside a list (invalid, common)
                self.flush()
                self.list(child, level + 1)
            elif tag in _BLOCKS and not _dropped(child, False):  # an item's explanation written as a <p> between
                self.flush()  # the <li>s (invalid, common; a browser shows it): a paragraph where it stands
                self.node(child)
            elif tag == "li" and not _dropped(child, False):
                self.flush()
                number = _int(child.get("value"), number)
                nested: list = []
                text = addresses_at_line_ends(_lines(_inline(child, nested, addresses=sources)))
                marker = _marker(style, number) if ordered else "•"
                if self.references_at is not None:
                    self.b.add("reference", text)
                else:
                    self.b.add("item", text, level=level, marker=marker if text else "")
                for sub in nested:
                    self.list(sub, level + 1)
                number += step
            elif tag != "li" and not _dropped(child, False):  # inline: part of the loose run
                self.node(child)
            self.buf.append(_ws(child.tail))
        self.flush()

    def table(self, el) -> None:
        """One table block: a row per line, cells joined by " | "; its <caption> ("Tabel 1. …") a paragraph over
        it, as the other formats set a caption; a cell spanning rows (rowspan) stands in each row it spans, so the
        cells after it stay in their columns."""
        self.typed.end()
        caption = next((c for c in el if _tag(c) == "caption"), None)
        if caption is not None and not _dropped(caption, False):
            self.b.add(self.kind, " ".join(_inline(caption).split()))
        rows, spanning = [], {}  # spanning: column -> (text, rows it still covers)
        for tr in el.iter("tr"):
            if tr.getparent() is not None and _closest_table(tr) is not el:
                continue
            cells: list[str] = []
            for td in (td for td in tr if _tag(td) in ("td", "th")):
                while len(cells) in spanning:
                    cells.append(_spanned(spanning, len(cells)))
                text = " ".join(_inline(td).split())
                if _int(td.get("rowspan"), 1) > 1:
                    spanning[len(cells)] = (text, _int(td.get("rowspan"), 1) - 1)
                cells.append(text)
            while len(cells) in spanning:
                cells.append(_spanned(spanning, len(cells)))
            if any(cells):
                rows.append(CELL.join(cells))
        if rows:
            self.b.add("table", "\n".join(rows))


# A CSS length in twips (a word processor's web page sets a paragraph's indents so: LibreOffice "margin-left: 0.39in;
# text-indent: -0.3in", Word "margin-left:36.0pt;text-indent:-18.0pt")
_TWIPS = {"in": 1440, "cm": 1440 / 2.54, "mm": 144 / 2.54, "pt": 20, "pc": 240, "px": 15}
# (its number read one way only: "\d*\.?\d+" split a run of digits every way before the unit failed, quadratic)
_INDENT = re.compile(r"(?:^|;)\s*(margin-left|text-indent)\s*:\s*(-?(?:\d*+\.)?\d++)\s*(in|cm|mm|pt|pc|px)\b", re.I)


def first_line_indent(el, inherited: float) -> float:
    """Where a block's first line starts, in twips: its own margin-left and text-indent (a typed list item's
    hanging indent puts its marker there), else its parent's."""
    found = {name.lower(): float(value) * _TWIPS[unit.lower()]
             for name, value, unit in _INDENT.findall(el.get("style") or "")}
    if not found:
        return inherited
    return found.get("margin-left", 0.0) + found.get("text-indent", 0.0)


def _spanned(spanning: dict[int, tuple[str, int]], column: int) -> str:
    """The text of a cell spanning rows, in the next row it covers."""
    text, left = spanning.pop(column)
    if left > 1:
        spanning[column] = (text, left - 1)
    return text


# A link between a note's mark and its text, as Google Docs ("#ftnt1" / "#ftnt_ref1"), Word's "Save as Web Page"
# ("#_ftn1" / "#_ftnref1", endnotes "#_edn1") and LibreOffice ("#sdfootnote1sym" / "#sdfootnote1anc") write them
# (the second of each links the note back to its mark); its text the note's number, "[1]" or "1"
_NOTE_HREF = re.compile(r"^#(?:_?(?:ftnt?|fn|edn)(_?ref)?:?\d{1,3}|sd(?:foot|end)note\d{1,3}(?:sym|(anc)))$", re.I)
_NOTE_NUMBER = re.compile(r"^\[?\d{1,3}\]?$")
_NOTE_LABEL = re.compile(r"^\[?(\d{1,3})\]?\s*")


def _note_link(el) -> bool:
    """A footnote's mark in the text: a link to its note whose text is the note's number."""
    m = _NOTE_HREF.match(el.get("href") or "") if _tag(el) == "a" else None
    return bool(m) and not (m.group(1) or m.group(2)) and bool(
        _NOTE_NUMBER.match(" ".join("".join(el.itertext()).split())))


def _note_entry(el) -> bool:
    """A note's text at the page's end: a paragraph opening with a link back to its mark ("[1]" -> "#ftnt_ref1")."""
    if (el.text or "").strip() or not len(el):
        return False
    first = el[0]
    while _tag(first) in ("span", "sup") and len(first) and not (first.text or "").strip():
        first = first[0]  # Word wraps the link in a span: <p><a …><span><span>[1]</span></span></a> …
    m = _NOTE_HREF.match(first.get("href") or "") if _tag(first) == "a" else None
    return bool(m and (m.group(1) or m.group(2))) and bool(
        _NOTE_NUMBER.match(" ".join("".join(first.itertext()).split())))


def superscript(text: str) -> str:
    """A footnote number as shown in running text ("12" -> "¹²"); other labels unchanged."""
    return text.strip().translate(RAISED) if text.strip().isdigit() else text


def _table_caption_below(figure):
    """The <figcaption> of a figure holding a table, else None."""
    if figure.find(".//table") is None:
        return None
    return next((c for c in figure if _tag(c) == "figcaption"), None)


def _closest_table(el):
    parent = el.getparent()
    while parent is not None and _tag(parent) != "table":
        parent = parent.getparent()
    return parent


def _inline(el, nested: list | None = None, addresses: bool = False) -> str:
    """An element's text: <br> and block children become line breaks (a <br> cutting a sentence a space:
    structure.mend_hard_breaks); nested lists are collected, not inlined. addresses: a link keeps its address after
    its words (link_address), as a reference list's entries need theirs."""
    return mend_hard_breaks(_inline_text(el, nested, addresses))


# A paragraph that names the page's sources alone, the list of them after it: "Sumber:", "Referensi :", "Daftar Pustaka:"
_SOURCES_LABEL = re.compile(r"(?i:sumber(?:\s+(?:referensi|rujukan|bacaan|pustaka))?|referensi|rujukan|daftar\s+pustaka|"
                            r"daftar\s+referensi|bacaan|references?|sources?)\s*:")


def link_address(shown: str, href: str | None) -> str:
    """What a link adds to its line in a reference list's entry: its web address, when the words are not that address
    ("dari <a href='https://kalsel.bpk.go.id/kota-banjarmasin/'>kalsel.bpk.go.id</a>", "Tersedia:
    [tautan](https://...)", a linked title): the entry's address, which the words only stand for, set at the line's
    end as entries write an address (addresses_at_line_ends), so that a linked title or author is read as written.
    Nothing for a link to the page's own parts, a mail address, words that are the address already, or an entry's
    number linked ("[1]")."""
    href = (href or "").strip()
    if not re.match(r"(?:https?://|www\.)\S+$", href, re.I):
        return ""
    words = " ".join(shown.split())
    if re.fullmatch(r"\[?\d{1,3}\]?\.?|", words):
        return ""  # an entry's number linked to its source ("[[1]](https://...) Kurniawati, E. ..."): a mark, no words
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", href, flags=re.I).rstrip("/")
    if href in words or (bare and bare.lower() == re.sub(r"^(?:https?://)?(?:www\.)?", "", words, flags=re.I).rstrip("/").lower()):
        return ""
    return f"{_ADDRESS_OPEN}{href}{_ADDRESS_CLOSE}"


# Where a link's address waits, while a block's text is gathered, to be set at its line's end
_ADDRESS_OPEN, _ADDRESS_CLOSE = "\ue020", "\ue021"  # private use, apart from the others (HARD_BREAK, _SUP_START, _CODE_MARKS)
_ADDRESS = re.compile(f"{_ADDRESS_OPEN}([^{_ADDRESS_OPEN}{_ADDRESS_CLOSE}]*){_ADDRESS_CLOSE}")


def addresses_at_line_ends(text: str) -> str:
    """The addresses link_address set aside, each at the end of its line ("... 2(1), 1-9. https://..."); the text
    unchanged where no link left one."""
    if _ADDRESS_OPEN not in text:
        return text
    lines = []
    for line in text.split("\n"):
        found = _ADDRESS.findall(line)
        line = _ADDRESS.sub("", line).rstrip()
        lines.append(" ".join([line, *found]) if found and line else line or " ".join(found))
    return "\n".join(lines)


def _inline_text(el, nested: list | None, addresses: bool = False) -> str:
    parts = [_ws(el.text)]
    for child in el:
        tag = _tag(child)
        if tag in ("ol", "ul") and nested is not None:
            nested.append(child)
        elif tag == "br":
            parts.append(HARD_BREAK)
        elif tag == "sup":
            parts.append(superscript(_ws("".join(child.itertext()))))
        elif not _dropped(child, False):
            inner = _inline_text(child, nested, addresses)
            if addresses and tag == "a":
                inner += link_address(inner, child.get("href"))
            parts.append(f"\n{inner}\n" if tag in _BLOCKS or tag in _HEADINGS or tag in ("li", "blockquote", "tr")
                         else inner)
        parts.append(_ws(child.tail))
    return "".join(parts)


def _ws(text: str | None, line_end: str = " ") -> str:
    """Source whitespace, line ends included, is one space in HTML; line_end: what a run holding a line end is."""
    if not text:
        return ""
    return _SPACE.sub(lambda m: line_end if "\n" in m.group() else " ", text.replace("\u200b", ""))


# A line end in the page's source text, marked while a block's text is gathered (private use, apart from HARD_BREAK
# and the link addresses' marks): a space as a browser shows it, unless the block is a page written line by line
SOURCE_BREAK = "\ue022"
UNWRAPPED_CHARS = 200  # a source line this long was wrapped by no editor: the source's line ends are the author's
PAGE_PROSE_LINES = 2  # lines of two sentences or more that make a paragraph's lines a page's text


def _source_lines(raw: str) -> str:
    """A block's text with its source's line ends as line breaks where the source is not wrapped (a line of
    UNWRAPPED_CHARS or more: the author broke the lines), else as spaces."""
    if SOURCE_BREAK not in raw:
        return raw
    pieces = re.split(f"[{SOURCE_BREAK}{HARD_BREAK}\n]", raw)
    unwrapped = any(len(piece.strip()) >= UNWRAPPED_CHARS for piece in pieces)
    return raw.replace(SOURCE_BREAK, "\n" if unwrapped else " ")


def _page_by_lines(raw: str) -> str | None:
    """The lines of a paragraph holding a page's text line by line (a template's whole lesson in one <p>, its lines
    parted by <br> or by the author's own line ends: "APERTURE (DIAFRAGMA)<br>" / "Aperture atau …", "… maka:" /
    "bukaan …" / "lebih banyak cahaya …"): LINES_MIN lines or more, PAGE_PROSE_LINES of them prose of two sentences
    or more; None for any other paragraph. A browser runs such lines together; read as one paragraph, its titles and
    listed lines were one sentence."""
    text = _lines(mend_hard_breaks(_source_lines(raw)))
    lines = text.split("\n")
    paged = len(lines) >= LINES_MIN and sum(bool(_SENTENCE_END.search(line)) for line in lines) >= PAGE_PROSE_LINES
    return text if paged else None


def _lines(text: str) -> str:
    """Lines (from <br> and block boundaries) stripped, empty ones dropped."""
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _int(value, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def _marker(style: str, n: int) -> str:
    """"3.", "c.", "C.", "iii.", "III." for <ol type=...>."""
    if style in ("a", "A") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return (letter.upper() if style == "A" else letter) + "."
    if style in ("i", "I") and n >= 1:
        roman, rest = "", n
        for value, digits in _ROMAN:
            while rest >= value:
                roman, rest = roman + digits, rest - value
        return (roman.upper() if style == "I" else roman) + "."
    return f"{n}."


_TYPE_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")
TITLE_POINTS = 20  # a word processor's Title style is set this large at least (Word's and LibreOffice's: 28pt)


def _title_paragraph(el) -> bool:
    """A word processor's Title paragraph: Google Docs' <p class="title">, Word's <p class=MsoTitle>, and
    LibreOffice's centred paragraph all in type of 20pt or more (its web page keeps no style's name)."""
    classes = el.get("class", "").split()
    if "title" in classes or "MsoTitle" in classes:
        return True
    if (el.get("align") or "").lower() != "center":
        return False
    sized = next((f for f in el.iter("font", "span") if (m := _TYPE_SIZE.search(f.get("style", "")))
                  and float(m.group(1)) >= TITLE_POINTS), None)
    text = "".join(el.itertext()).split()
    return sized is not None and bool(text) and "".join(sized.itertext()).split() == text


def _bold_heading(el) -> bool:
    """A paragraph that is only bold text, short and without end punctuation ("<p><b>1. Pengertian</b></p>"): a
    blog's sub-heading, as a bold line is in Markdown; or a chapter's number over its title ("BAB II<br>TINJAUAN
    PUSTAKA"), as a DOCX's chapter typed bold by hand is."""
    text = " ".join("".join(el.itertext()).split())
    return bool(text) and (title_shaped(text) or chapter_title(_lines(_inline(el)))) and _all_bold(el) \
        and not is_caption(text)  # a caption ("Tabel 2.1 …") is no section's name


def _loose_bold_title(el, before: str) -> bool:
    """A bold title standing alone between blocks, no text before it in its block and a block right after it
    ("<br><strong>2.5 Papan Roti</strong><p align="center"><img …>"): a bold paragraph whose <p> was left out."""
    nxt = el.getnext()
    text = " ".join("".join(el.itertext()).split())
    return (not before.strip(" \t\n" + HARD_BREAK + SOURCE_BREAK) and not (el.tail or "").strip() and nxt is not None
            and (_tag(nxt) in _BLOCKS or _tag(nxt) in _HEADINGS or _tag(nxt) in ("ol", "ul", "table"))
            and bool(text) and title_shaped(text) and not is_caption(text) and _all_bold(el, True))


HEADING_PROSE_WORDS = 40  # a heading holding more words than this and sentences is a page's text in heading type
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z0-9])")


def _holds_prose(el) -> bool:
    """A heading element holding a page's text, not a title: more than HEADING_PROSE_WORDS words in two sentences
    or more ("<h3><b>1. Gunung Api</b><br><br>Gunung api adalah … . Letusan …"), set in heading type for its size
    (a template's whole lesson inside one <h3>). Read as one, it was one heading and no passage held its text."""
    text = " ".join("".join(el.itertext()).split())
    return len(text.split()) > HEADING_PROSE_WORDS and len(_SENTENCE_END.findall(text)) >= 2


def _all_bold(el, bold: bool = False) -> bool:
    if (el.text or "").strip() and not bold:
        return False
    for child in el:
        tag = _tag(child)
        if tag in _HEADINGS or tag in _BLOCKS or tag in ("ol", "ul", "table", "img") or \
                tag != "br" and not _all_bold(child, bold or tag in ("strong", "b")):
            return False
        if (child.tail or "").strip() and not bold:
            return False
    return True
