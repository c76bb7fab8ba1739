"""A library app imports Gradio in a thread at start; no such thread may run on into the next test (its imports add
loggers while pytest's log capture walks the logger table: "dictionary changed size during iteration")."""
import threading

from conftest import serve_in_thread


def test_a_library_app_started_and_stopped_at_once(tmp_path):
    from telusur.library import Library
    from telusur.settings import Settings
    from telusur.web.app import create_library_app

    (tmp_path / "library").mkdir()
    url, stop = serve_in_thread(create_library_app(Library(tmp_path / "library", Settings.from_env()), admin_key=None))
    stop()


def test_leaves_no_gradio_import_running_into_the_next_test():
    from telusur.web.collections import IMPORT_THREAD

    assert IMPORT_THREAD not in [thread.name for thread in threading.enumerate()]
