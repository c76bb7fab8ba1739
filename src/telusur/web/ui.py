"""The Gradio app: chat with passage cards and citations, the Sumber tab, a compact embed mode, /ask and /sources."""

from __future__ import annotations

import hashlib
import json
import tempfile
from html import escape
from pathlib import Path

from .. import (DEFAULT_STYLE, STYLE_NAMES, QuestionError, cited_pages, page_order, reference_list, to_bibtex, to_ris,
                where)

STATIC = Path(__file__).parent.parent / "static"
TITLE = "telusur — tanya jawab atas teks"
EXAMPLE_COUNT = 4
CONTEXT_PARAGRAPHS = 1  # paragraphs shown before and after a passage under "Lihat paragraf sekitar"
# The chat fits the window (the rest of the page: header, tabs, question box), never shorter than the minimum.
CHAT_HEIGHT = "max(18rem, calc(100dvh - 22rem))"
EMBED_CHAT_HEIGHT = "max(16rem, calc(100dvh - 11rem))"

# Gradio labels its own widgets through i18n keys that its Indonesian (and English) tables lack: a screen
# reader would announce "common.complete" after every answer.
GRADIO_LABELS = {
    "id": {"common.complete": "Selesai", "common.error": "Galat", "common.progress": "Kemajuan",
           "common.edit": "Ubah", "common.upload": "Unggah", "common.download_all": "Unduh semua",
           "chatbot.copy_message": "Salin pesan", "chatbot.copied_message": "Pesan disalin",
           "chatbot.edit": "Ubah", "status.queue_position": "Antrean: {position} dari {size}"},
    "en": {"common.complete": "Complete", "common.progress": "Progress", "common.upload": "Upload",
           "common.download_all": "Download all", "chatbot.copy_message": "Copy message",
           "chatbot.copied_message": "Message copied", "status.queue_position": "Queue: {position} of {size}"},
}

# Gradio's chat names its regions in fixed English whatever the page's language ("chatbot conversation", and a
# "Loading response"/"Loading content" status a screen reader announces while waiting): name them in Indonesian
# as they appear. Runs once per page load; a course page may hold several chats.
LABEL_CHAT_JS = """
() => {
  const said = {"chatbot conversation": "Percakapan", "Loading response": "Menunggu jawaban",
                "Loading content": "Memuat jawaban", "Scroll down": "Gulir ke bawah"};
  const relabel = (box) => {
    box.querySelectorAll("[aria-label], [title]").forEach((el) => {
      for (const name of ["aria-label", "title"]) {
        const text = said[el.getAttribute(name)];
        if (text) el.setAttribute(name, text);
      }
    });
    box.querySelectorAll(".sr-only").forEach((el) => {
      if (said[el.textContent]) el.textContent = said[el.textContent];
    });
  };
  document.querySelectorAll("#tl-chat").forEach((box) => {
    if (box.tlLabels) return;
    box.tlLabels = new MutationObserver(() => relabel(box));  // runs before the change reaches a screen reader
    box.tlLabels.observe(box, {subtree: true, childList: true});
    relabel(box);
  });
}
"""

# After an answer, show the question and its answer from the top of the chat, not the last passage card.
# Runs in the browser once the reply is back; waits for the new rows, handles every telusur chat on the page
# (a course page may embed several), and scrolls each only once per question.
SHOW_QUESTION_JS = """
(chat) => {
  const asked = (chat || []).filter((m) => m.role === "user").length;
  const deadline = Date.now() + 5000;
  const settle = () => {
    let waiting = false;
    for (const box of document.querySelectorAll("#tl-chat")) {
      const log = box.querySelector("[role=log]");
      const rows = box.querySelectorAll(".message-row");
      const users = box.querySelectorAll(".message-row.user-row");
      const question = users[users.length - 1];
      if (!log || !question || log.tlShown === question) continue;
      if (users.length !== asked || !rows[rows.length - 1].classList.contains("bot-row")) { waiting = true; continue; }
      log.scrollTop += question.getBoundingClientRect().top - log.getBoundingClientRect().top;
      log.tlShown = question;
      const top = log.getBoundingClientRect().top;
      if (top < 0) window.scrollBy(0, top - 8);
    }
    if (waiting && Date.now() < deadline) requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}
"""


# "Salin kutipan": one listener for the page (the chat's HTML is sanitized, so a card carries no script of its
# own). Copies the ready citation and its references; falls back to a hidden text area where the clipboard API is
# refused (an embed in a page that does not allow it).
COPY_CITE_JS = """
() => {
  if (window.tlCopyCite) return;
  window.tlCopyCite = true;
  const fallback = (text) => {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    return done;
  };
  const said = (button, text) => {
    button.textContent = text;
    setTimeout(() => { button.textContent = "Salin kutipan"; }, 2500);
  };
  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest(".tl-copy");
    if (!button) return;
    event.preventDefault();
    const box = button.closest(".tl-kutip");
    const parts = [box.querySelector(".tl-kutip-text").textContent];
    const refs = [...box.querySelectorAll(".tl-ref")].map((el) => el.textContent);
    if (refs.length) parts.push("", ...refs);
    const text = parts.join("\\n");
    const copied = () => said(button, "Kutipan disalin");
    const failed = () => said(button, fallback(text) ? "Kutipan disalin" : "Gagal menyalin: pilih teksnya lalu salin");
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(copied, failed);
    else failed();
  }, true);
}
"""


# ---------------------------------------------------------------- HTML (every corpus string goes through escape)

def _text(text: str) -> str:
    """Corpus text as HTML text: escaped, line breaks kept, no blank line (it would end Markdown's HTML block)."""
    return escape(text).replace("\n", "<br>")


def _highlighted(text: str, highlights) -> str:
    out, pos = [], 0
    for a, b in sorted(highlights):
        if a < pos or b <= a:
            continue
        out += [_text(text[pos:a]), f'<mark class="tl-hl">{_text(text[a:b])}</mark>']
        pos = b
    out.append(_text(text[pos:]))
    return "".join(out)


def _cite_labels(passage: dict) -> str:
    labels = [c["label"] for c in passage["citations"]]
    if not labels:
        return '<span class="tl-nocite">tanpa rujukan</span>'
    return "; ".join(f'<cite class="tl-cite">{escape(label)}</cite>' for label in labels)


def _context(engine, passage: dict) -> str:
    loc = passage["location"]
    around = engine.surrounding(passage["path"], loc["start_paragraph"], loc["end_paragraph"], CONTEXT_PARAGRAPHS)
    if not around["before"] and not around["after"]:
        return ""
    before = "".join(f'<p class="tl-around">{_text(t)}</p>' for t in around["before"])
    after = "".join(f'<p class="tl-around">{_text(t)}</p>' for t in around["after"])
    return ('<details class="tl-context"><summary>Lihat paragraf sekitar</summary>'
            f'{before}<p class="tl-here">{_text(passage["text"])}</p>{after}</details>')


def _kutip(passage: dict) -> str:
    """The ready citation: the quote with its in-text citation, the works' reference entries, and the copy button."""
    cite = passage.get("cite")
    if not cite:
        return ""
    refs = "".join(f'<li class="tl-ref">{escape(r)}</li>' for r in cite["references"])
    note = f'<p class="tl-kutip-note">{escape(cite["note"])}</p>' if cite.get("note") else ""
    style = STYLE_NAMES.get(cite["style"], cite["style"])
    return (f'<div class="tl-kutip"><p class="tl-kutip-head">Kutip ({escape(style)}) '
            f'<button type="button" class="tl-copy">Salin kutipan</button></p>'
            f'<p class="tl-kutip-text">{escape(cite["text"])}</p>'
            f'<ul class="tl-refs" aria-label="Daftar pustaka">{refs}</ul>{note}</div>')


def passage_card(engine, passage: dict, related: bool = False, open_: bool = True) -> str:
    """One passage as a card that opens and closes: its head (number, citation label or "tanpa rujukan", document
    and paragraphs) always shows; the highlighted text, the paragraphs around it and the ready citation inside."""
    kind = "tl-card tl-related-card" if related else "tl-card"
    return (f'<details class="{kind}"{" open" if open_ else ""}><summary class="tl-card-head">'
            f'<span class="tl-num">[{passage["rank"]}]</span> {_cite_labels(passage)}'
            f'<span class="tl-where">{escape(where(passage))}</span></summary>'
            f'<blockquote class="tl-text">{_highlighted(passage["text"], passage["highlights"])}</blockquote>'
            f'{_context(engine, passage)}{_kutip(passage)}</details>')


def render_answer(engine, answer: dict) -> str:
    """A chat reply: what was searched, the answer with [n] markers, then the passage cards."""
    parts = [f'<div class="tl-reply"><p class="tl-searched">Dicari: <q>{escape(answer["searched_for"])}</q></p>']
    if answer["abstained"]:
        parts.append(f'<p class="tl-abstain">{escape(answer["answer"])}</p>')
        if answer["related"]:
            parts.append('<div class="tl-related"><p class="tl-related-title">Mungkin terkait '
                         '(bukan jawaban; bagian teks yang paling dekat):</p>')
            parts += [passage_card(engine, p, related=True, open_=False) for p in answer["related"]]
            parts.append("</div>")
    else:
        parts.append(f'<p class="tl-answer">{escape(answer["answer"])}</p>')
        # Only the first passage is open: on a phone three full passages per turn bury the next answer.
        parts += [passage_card(engine, p, open_=p["rank"] == 1) for p in answer["passages"]]
    parts.append("</div>")
    return "".join(parts)


def render_error(message: str) -> str:
    return f'<div class="tl-reply"><p class="tl-error" role="alert">{escape(message)}</p></div>'


def render_sources_table(sources: list[dict]) -> str:
    """Every work: label, authors, year, pages, number of citing passages (and topic score); a reference-list
    entry the text never cites has no passages and no score."""
    if not sources:
        return '<p class="tl-empty">Teks ini tidak merujuk karya apa pun.</p>'
    scored = any(s["score"] is not None for s in sources)
    columns = ["Rujukan", "Penulis", "Tahun", "Halaman", "Bagian"] + (["Kecocokan"] if scored else [])
    head = "".join(f"<th>{c}</th>" for c in columns)
    rows = []
    for s in sources:
        pages = ", ".join(sorted({p["pages"] for p in s["passages"] if p["pages"]}, key=page_order)) or "-"
        count = str(len(s["passages"])) if s.get("cited", True) else "tidak dirujuk (hanya di daftar pustaka)"
        cells = [s["label"], ", ".join(s["authors"]) or "-", s["year"], pages, count]
        if scored:
            cells.append("-" if s["score"] is None else f"{s['score']:.2f}")
        # data-label names the column when a phone shows each row as a block (see telusur.css)
        rows.append("<tr>" + "".join(f'<td data-label="{c}">{escape(v)}</td>' for c, v in zip(columns, cells))
                    + "</tr>")
    listed = sum(not s.get("cited", True) for s in sources)
    caption = f"{len(sources) - listed} karya dirujuk" + (f", {listed} lagi hanya di daftar pustaka" if listed else "")
    return (f'<div class="tl-table-wrap"><table class="tl-sources"><caption>{caption}</caption>'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def render_source_passages(source: dict) -> str:
    cards = []
    for p in source["passages"]:
        cards.append(f'<div class="tl-card"><div class="tl-where">{escape(where(p) + cited_pages(p))}</div>'
                     f'<blockquote class="tl-text">{_text(p["text"])}</blockquote></div>')
    # The full reference-list entry as written, and who is quoted through the work (issue 8).
    reference = f'<p class="tl-reference">{escape(source["reference"])}</p>' if source.get("reference") else ""
    via = f'<p class="tl-via">Mengutip: {escape("; ".join(source["via"]))}</p>' if source.get("via") else ""
    if not source.get("cited", True):
        return f'<div class="tl-reply">{reference}<p>Ada di daftar pustaka; tidak dirujuk di teks.</p></div>'
    return (f'<div class="tl-reply">{reference}{via}<p><cite class="tl-cite">{escape(source["label"])}</cite> dirujuk di '
            f'{len(source["passages"])} bagian teks:</p>{"".join(cards)}</div>')


# ---------------------------------------------------------------- the handlers Gradio calls

def _export_files(sources: list[dict], style: str = DEFAULT_STYLE) -> tuple[str, str, str]:
    """BibTeX, RIS and the reference list in the chosen style (only the works the text cites), as files."""
    bib, ris = to_bibtex(sources), to_ris(sources)
    listed = reference_list([s for s in sources if s.get("cited", True)], style)
    digest = hashlib.sha256((bib + ris + listed).encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / "telusur-ekspor" / digest
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sumber.bib").write_text(bib, encoding="utf-8")
    (folder / "sumber.ris").write_text(ris, encoding="utf-8")
    (folder / f"daftar-pustaka-{style}.txt").write_text(listed, encoding="utf-8")
    return str(folder / "sumber.bib"), str(folder / "sumber.ris"), str(folder / f"daftar-pustaka-{style}.txt")


class Handlers:
    """The functions behind the app's events and named endpoints, all over one engine."""

    def __init__(self, engine):
        self.engine = engine

    # The named endpoints return JSON text, byte for byte what `telusur ask --json` prints: as a dict,
    # gradio_client would take every {"path": ...} in it for a file and try to download it.
    def ask(self, question: str, history: list[str] | None = None, style: str = DEFAULT_STYLE) -> str:
        """Answer a question from the text; history holds the earlier user questions, oldest first; style is the
        ready citations' (apa, harvard, chicago). Returns JSON."""
        return json.dumps(self._answer(question, history, style), ensure_ascii=False)

    def sources(self, topic: str = "") -> str:
        """Every work the text cites; with a topic, ranked by relevance to it. Returns JSON."""
        return json.dumps(self._sources(topic), ensure_ascii=False)

    def _answer(self, question, history, style=DEFAULT_STYLE) -> dict:
        import gradio as gr

        try:
            return self.engine.ask(question, history or [], style=style).to_dict()
        except QuestionError as exc:
            raise gr.Error(str(exc), print_exception=False) from None

    def _sources(self, topic) -> dict:
        import gradio as gr

        try:
            return {"sources": [s.to_dict() for s in self.engine.sources(topic or None)]}
        except QuestionError as exc:
            raise gr.Error(str(exc), print_exception=False) from None

    def ping(self) -> str:
        """A trivial endpoint: the protocol's own cost, for the benchmark."""
        return "ok"

    def chat(self, message: str, chat: list, asked: list[str], style: str = DEFAULT_STYLE):
        """One chat turn: the reply as HTML; only answered questions become history for follow-ups."""
        if not (message or "").strip():
            return "", chat, asked
        try:
            answer = self.engine.ask(message, asked, style=style or DEFAULT_STYLE).to_dict()
            reply, asked = render_answer(self.engine, answer), asked + [message]
        except QuestionError as exc:
            reply = render_error(str(exc))
        chat = chat + [{"role": "user", "content": escape(message)}, {"role": "assistant", "content": reply}]
        return "", chat, asked

    def source_list(self, topic: str, style: str = DEFAULT_STYLE):
        import gradio as gr

        try:
            sources = self._sources(topic)["sources"]
        except gr.Error as exc:
            return render_error(exc.message), gr.update(), gr.update(), gr.update(), gr.update(), ""
        bib, ris, listed = _export_files(sources, style or DEFAULT_STYLE)
        labels = [s["label"] for s in sources]
        return (render_sources_table(sources), gr.update(choices=labels, value=None), bib, ris, listed, "")

    def source_detail(self, label: str | None):
        if not label:
            return ""
        for s in self._sources(None)["sources"]:
            if s["label"] == label:
                return render_source_passages(s)
        return render_error("Karya itu tidak ditemukan lagi (indeks baru saja diperbarui): muat ulang daftar.")


def _example_text(evt) -> str:
    value = getattr(evt, "value", None)
    if isinstance(value, dict):
        return str(value.get("text", ""))
    return str(value or "")


# ---------------------------------------------------------------- the Blocks

def chat_placeholder(examples: list) -> str:
    """The empty chat's prompt: it offers example questions only when there are some to show."""
    return "Tanyakan apa saja tentang isi teks." + (" Contoh pertanyaan:" if examples else "")


def _chat_column(handlers: Handlers, compact: bool):
    import gradio as gr

    examples = [{"text": q} for q in handlers.engine.examples(EXAMPLE_COUNT)]
    chatbot = gr.Chatbot(
        label="Percakapan", elem_id="tl-chat", height=EMBED_CHAT_HEIGHT if compact else CHAT_HEIGHT,
        examples=examples or None, placeholder=chat_placeholder(examples),
        feedback_options=None, latex_delimiters=[], buttons=["copy"], sanitize_html=True, allow_tags=False,
        layout="panel", autoscroll=False,  # SHOW_QUESTION_JS scrolls to the question instead of the bottom
    )
    asked = gr.State([])
    with gr.Row(elem_classes="tl-input-row"):
        box = gr.Textbox(label="Pertanyaan", placeholder="Tulis pertanyaan, lalu tekan Enter", scale=5,
                         elem_id="tl-question", max_lines=4, submit_btn="Kirim", autofocus=not compact)
    with gr.Row(elem_classes="tl-settings-row"):
        reset = gr.Button("Percakapan baru", size="sm", variant="secondary", elem_id="tl-reset", scale=0)
        style = _style_choice("Gaya kutipan", "tl-style")
    chat_io = dict(fn=handlers.chat, inputs=[box, chatbot, asked, style], outputs=[box, chatbot, asked],
                   api_visibility="private")
    show_question = dict(fn=None, inputs=[chatbot], js=SHOW_QUESTION_JS, queue=False, api_visibility="private")
    box.submit(**chat_io).then(**show_question)

    def pick_example(chat, asked, style, evt):
        return handlers.chat(_example_text(evt), chat, asked, style)

    pick_example.__annotations__ = {"evt": gr.SelectData}  # Gradio passes the clicked example by this type
    chatbot.example_select(pick_example, inputs=[chatbot, asked, style], outputs=[box, chatbot, asked],
                           api_visibility="private").then(**show_question)
    reset.click(lambda: ([], []), None, [chatbot, asked], api_visibility="private")


def _style_choice(label: str, elem_id: str):
    """A compact style setting beside the buttons: each choice says what it sets ("Gaya kutipan: APA 7")."""
    import gradio as gr

    return gr.Dropdown(label=label, choices=[(f"{label}: {name}", key) for key, name in STYLE_NAMES.items()],
                       value=DEFAULT_STYLE, elem_id=elem_id, interactive=True, show_label=False, container=False,
                       scale=0, min_width=250)


def _sources_tab(handlers: Handlers):
    import gradio as gr

    gr.Markdown("Semua karya yang dirujuk teks. Tulis topik untuk mengurutkan karya menurut kecocokannya, "
                "lalu pilih satu karya untuk melihat bagian teks yang merujuknya.")
    topic = gr.Textbox(label="Topik", placeholder="mis. kepentingan nasional", elem_id="tl-topic",
                       submit_btn="Urutkan")
    table = gr.HTML(elem_id="tl-sources")
    with gr.Row(elem_classes="tl-export-row"):
        bib = gr.DownloadButton("Unduh BibTeX", elem_id="tl-bibtex", size="sm")
        ris = gr.DownloadButton("Unduh RIS", elem_id="tl-ris", size="sm")
        listed = gr.DownloadButton("Unduh daftar pustaka", elem_id="tl-reflist", size="sm")
        style = _style_choice("Gaya daftar pustaka", "tl-list-style")
    work = gr.Dropdown(label="Pilih karya", choices=[], value=None, elem_id="tl-work", interactive=True)
    detail = gr.HTML(elem_id="tl-work-passages")
    listing = dict(fn=handlers.source_list, inputs=[topic, style], outputs=[table, work, bib, ris, listed, detail],
                   api_visibility="private")
    topic.submit(**listing)
    style.change(**listing)
    work.change(handlers.source_detail, inputs=[work], outputs=[detail], api_visibility="private")
    return listing


def build_blocks(engine, compact: bool = False):
    """The full app (chat and Sumber tabs, /ask and /sources endpoints), or with compact=True only the chat."""
    import gradio as gr

    handlers = Handlers(engine)
    course = getattr(engine, "title", None)  # a library collection's title; a single corpus has none
    with gr.Blocks(title=f"{course} — {TITLE}" if course else TITLE, analytics_enabled=False) as demo:
        demo.i18n_instance = gr.I18n(**GRADIO_LABELS)  # what launch(i18n=...) sets; the app is mounted instead
        demo.load(None, js=LABEL_CHAT_JS, queue=False, api_visibility="private")
        demo.load(None, js=COPY_CITE_JS, queue=False, api_visibility="private")
        if compact:
            with gr.Column(elem_classes="tl-embed"):
                _chat_column(handlers, compact=True)
            return demo
        heading = f'{escape(course)} <span class="tl-brand">· telusur</span>' if course else "telusur"
        gr.HTML(f'<header class="tl-header"><h1>{heading}</h1><p>Tanya jawab atas teks: setiap jawaban '
                'menunjukkan bagian teks yang menjawabnya beserta rujukannya.</p></header>')
        with gr.Tabs():
            with gr.Tab("Tanya", id="tanya"):
                _chat_column(handlers, compact=False)
            with gr.Tab("Sumber", id="sumber"):
                listing = _sources_tab(handlers)
        demo.load(**listing)
        gr.api(handlers.ask, api_name="ask")
        gr.api(handlers.sources, api_name="sources")
        gr.api(handlers.ping, api_name="ping", api_visibility="undocumented")
    return demo


def css_paths() -> list[Path]:
    return [STATIC / "telusur.css"]
