"""How a process runs its questions through the e5 runtime: the threads of a lone question's pass spin between its
operators, a server's questions run on one thread each; and the `telusur` process keeps the engine's imports out of
the garbage collector's passes."""

import gc
import threading

from telusur import cli
from telusur.index import e5, embeddings


class Runtime:
    """Records how the encoder asks for sessions and passes (no model)."""

    def __init__(self):
        self.asked = []

    def session(self, threads, lowered=False, spinning=False):
        self.asked.append(("session", threads, spinning))

    def encode(self, texts, prefix, threads=1, lowered=False, spinning=False):
        self.asked.append(("encode", threads, spinning))
        return []


def encoder(threads: int) -> embeddings.OnnxE5Encoder:
    made = embeddings.OnnxE5Encoder.__new__(embeddings.OnnxE5Encoder)
    made._e5, made._runtime, made.dim = e5, Runtime(), 4
    made.threads = made.query_threads = threads
    made._last_query, made._lowered = -float("inf"), None
    return made


def test_a_lone_question_spins_its_threads_and_a_servers_questions_do_not():
    alone = encoder(2)
    alone.encode_queries(["Apa itu fotosintesis?"])
    alone.serve_concurrently()
    alone.encode_queries(["Apa itu fotosintesis?"])
    assert alone._runtime.asked == [("encode", 2, True), ("encode", 1, False)]


def test_the_warm_session_is_the_one_questions_use():
    alone = encoder(2)
    alone.warm()
    for thread in threading.enumerate():
        if thread.name == "telusur-e5-session":
            thread.join()
    alone.encode_queries(["Apa itu fotosintesis?"])
    assert alone._runtime.asked == [("session", 2, True), ("encode", 2, True)]


def test_a_passage_pass_never_spins():
    alone = encoder(2)
    alone.encode_documents(["Fotosintesis terjadi di kloroplas."])
    assert alone._runtime.asked == [("encode", 2, False)]


def test_the_engine_imports_are_left_out_of_the_collectors_passes():
    frozen = gc.get_freeze_count()
    try:
        with cli._kept_for_good():
            assert not gc.isenabled()
            made = [[n] for n in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(made)
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_program_calling_main_keeps_its_own_collector():
    assert cli._PROCESS is False  # only cli.run(), the `telusur` process, sets it


def test_a_spinning_session_stops_spinning_when_its_pass_ends(monkeypatch):
    import onnxruntime

    made = []
    monkeypatch.setattr(onnxruntime, "InferenceSession", lambda proto, options, providers: made.append(options))
    runtime = e5.E5Runtime.__new__(e5.E5Runtime)
    runtime._proto, runtime._sessions, runtime._lock = b"graph", {}, threading.Lock()
    runtime.session(2, spinning=True)
    runtime.session(2)
    entries = [{key: entry(options, key) for key in ("session.intra_op.allow_spinning", "session.force_spinning_stop")}
               for options in made]
    assert entries == [{"session.intra_op.allow_spinning": "1", "session.force_spinning_stop": "1"},
                       {"session.intra_op.allow_spinning": "0", "session.force_spinning_stop": None}]


def entry(options, key: str) -> str | None:
    try:
        return options.get_session_config_entry(key)
    except RuntimeError:  # onnxruntime's way of saying the key was never set
        return None
