"""How a build hands texts to the encoder: each distinct text once, in calls as large as the encoder asks for."""

import numpy as np

from telusur.index.vector_cache import encode_documents_cached


class Counting:
    """Vectors from text length; records the size of every call."""

    id, dim = "counting", 4

    def __init__(self, batch=None):
        self.calls = []
        if batch:
            self.batch = batch

    def encode_documents(self, texts):
        self.calls.append(len(texts))
        out = np.array([[len(t), 1.0, 0.0, 0.0] for t in texts], np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


TEXTS = [f"kalimat nomor {i} " * (1 + i % 5) for i in range(300)]


def test_an_encoder_with_its_own_batch_gets_fuller_calls():
    wide = Counting(batch=256)
    vectors, encoded = encode_documents_cached(wide, TEXTS, None, batch_size=16)
    assert wide.calls == [256, 44] and encoded == 300
    narrow = Counting()
    same, _ = encode_documents_cached(narrow, TEXTS, None, batch_size=16)
    assert max(narrow.calls) == 16 and len(narrow.calls) == 19
    assert np.array_equal(vectors, same)  # the same vectors, in the caller's order


def test_identical_rows_go_through_the_encoder_once():
    encoder = Counting(batch=256)
    _, encoded = encode_documents_cached(encoder, TEXTS + TEXTS[:50], None)
    assert encoded == 300 and sum(encoder.calls) == 300
