"""WorkerSet takes a /health answer only from its own worker: a port taken by another process is not its worker up."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from basewatch.platform.procs import WorkerSet
from basewatch.platform.settings import Settings


def _serve(stage_id: str) -> ThreadingHTTPServer:
    class Health(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"stage": stage_id, "status": "ok"}).encode()
            self.send_response(200)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize(("answering", "ours"), [("other-ns.basewatch-enrich", False), ("ns.basewatch-enrich", True)])
def test_health_is_taken_only_from_the_worker_of_this_namespace_and_stage(tmp_path: Path, answering: str, ours: bool) -> None:
    """Another namespace's worker on the port is not taken for ours (it timed out instead); our own application's answer is."""
    server = _serve(answering)
    workers = WorkerSet(Settings(topic_prefix="ns.", app_id="basewatch"), tmp_path)
    workers.procs["enrich"] = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    workers.ports["enrich"] = server.server_address[1]
    try:
        if ours:
            assert workers.health("enrich", timeout=5)["stage"] == answering
        else:
            with pytest.raises(RuntimeError, match="did not answer /health"):
                workers.health("enrich", timeout=1.5)
    finally:
        workers.procs["enrich"].kill()
        server.shutdown()
