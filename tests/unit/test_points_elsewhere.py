"""A news site's link to its other articles set inside the article ("Baca juga: <a>…</a>") is page furniture, not the
article's text, in a saved page and in its text copied to .txt or .md; a sentence that only starts alike stays."""

from telusur.documents import read_document

LEAD = "Kementerian meluncurkan program literasi digital bagi lima puluh ribu guru di seluruh Indonesia."
QUOTE = "Pelatihan difokuskan pada kemampuan guru memeriksa kebenaran informasi dan mengajarkannya kepada siswa."


def _texts(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, name)
    return [doc.block_text(b) for b in doc.blocks]


def test_a_link_to_other_articles_in_a_saved_page_is_left_out(tmp_path):
    page = ("<html><body><article><h1>Program Literasi Digital untuk Guru</h1>"
            f"<p>{LEAD}</p><p><strong>Baca juga:</strong> <a href='/x'>Lima Kampus Terbaik di Asia Tenggara</a></p>"
            f"<div class='related-inline'>Artikel terkait: <a href='/y'>Guru Honorer Dapat Tunjangan</a></div>"
            f"<p>{QUOTE}</p><p>Baca juga penjelasan lengkapnya pada <a href='/z'>laman kementerian</a> sebelum "
            "mendaftar, karena syaratnya berbeda untuk setiap jenjang sekolah.</p>"
            "<div class='post-tags'>Tag: <a>literasi</a> <a>guru</a></div></article></body></html>")
    texts = _texts(tmp_path, "berita.html", page)
    assert texts[1:3] == [LEAD, QUOTE]
    assert texts[3].startswith("Baca juga penjelasan lengkapnya")  # a sentence of the article, its link inside
    assert len(texts) == 4


def test_a_link_to_other_articles_in_copied_text_is_left_out(tmp_path):
    for name in ("berita.txt", "berita.md"):
        texts = _texts(tmp_path, name, f"{LEAD}\n\nBaca juga: Lima Kampus Terbaik di Asia Tenggara\n\n{QUOTE}\n")
        assert texts == [LEAD, QUOTE]
    texts = _texts(tmp_path, "berita.md", f"{LEAD}\n\nBaca juga: [Lima Kampus Terbaik](https://x.id/kampus)\n\n{QUOTE}\n")
    assert texts == [LEAD, QUOTE]


def test_a_lectures_cross_reference_opening_alike_is_kept(tmp_path):
    see = "Lihat juga: Pasal 2 sampai Pasal 9 KUHP tentang berlakunya hukum pidana (Moeljatno, 2008)."
    read = "Baca juga: Sudarto (1990) tentang sifat melawan hukum materiil."
    for name in ("modul.txt", "modul.md"):
        texts = _texts(tmp_path, name, f"{LEAD}\n\n{see}\n\n{read}\n\n{QUOTE}\n")
        assert texts == [LEAD, see, read, QUOTE]


def test_a_blog_post_tagged_or_filed_under_a_furniture_word_is_read(tmp_path):
    # WordPress names a post's tags and categories in its classes: "tag-guru" (the post is no tag list), "category-social-media"
    for classes in ("post-7 post type-post status-publish hentry category-pendidikan tag-guru",
                    "post-7 post type-post status-publish hentry category-social-media"):
        page = (f"<html><body><main><article class='{classes}'><h1>Literasi Digital bagi Guru</h1>"
                f"<div class='entry-content'><p>{LEAD}</p><p>{QUOTE}</p></div></article></main></body></html>")
        assert _texts(tmp_path, "post.html", page)[1:] == [LEAD, QUOTE]


def test_a_block_is_tested_by_its_first_words_only(tmp_path, monkeypatch):
    # the label opens the block: each nested block's whole text was joined and matched, once per level of nesting
    from telusur.documents import decode

    seen = []

    class Recording:
        def match(self, text):
            seen.append(len(text))
            return decode.POINTS_ELSEWHERE_PATTERN.match(text)

    monkeypatch.setattr(decode, "POINTS_ELSEWHERE_PATTERN", decode.POINTS_ELSEWHERE, raising=False)
    monkeypatch.setattr(decode, "POINTS_ELSEWHERE", Recording())
    # (each paragraph numbered: twenty alike in one part are a paragraph pasted twice, read once: html._mark_copies)
    body = "".join(f"<p>{LEAD[:-1]} ({i}).</p>" for i in range(20))
    for _ in range(10):
        body = f"<div class='blok'>{body}</div>"
    assert _texts(tmp_path, "dalam.html", f"<html><body><article>{body}</article></body></html>") == \
        [f"{LEAD[:-1]} ({i})." for i in range(20)]
    assert max(seen) < 200
