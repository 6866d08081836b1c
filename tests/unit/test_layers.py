"""The package's shape: one namespace, one direction of dependency, nothing done at import time."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=cwd, capture_output=True, text=True, check=False, timeout=120)


def test_importing_every_module_creates_no_app_no_directory_and_reads_no_setting(tmp_path: Path) -> None:
    """Importing any basewatch module only defines things: no faust app, no data directory, no BASEWATCH_* read, no patch."""
    code = f"""
    import os, pkgutil, importlib, sys
    read = []
    class Env(type(os.environ)):
        def __getitem__(self, key):
            caller = sys._getframe(1).f_code.co_filename
            if str(key).startswith("BASEWATCH_") and "site-packages" not in caller and "python3." not in caller:
                read.append((key, caller))
            return super().__getitem__(key)
    os.environ.__class__ = Env
    os.environ["BASEWATCH_DATA_DIR"] = {str(tmp_path / "data")!r}
    from faust.transport.drivers import aiokafka as fa
    producer = fa.Transport.Producer
    import faust
    apps_before = len(faust.App._apps) if hasattr(faust.App, "_apps") else 0
    import basewatch
    names = [m.name for m in pkgutil.walk_packages(basewatch.__path__, "basewatch.") if not m.name.endswith("__main__")]
    for name in names:
        importlib.import_module(name)
    assert len(names) > 30, names
    assert not os.path.exists({str(tmp_path / "data")!r}), "a data directory was made at import"
    assert fa.Transport.Producer is producer, "faust's producer was patched at import"
    assert not read, f"settings read at import: {{read}}"
    print("ok", len(names))
    """
    done = _python(code, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("ok")


def test_stage_workers_start_from_a_directory_that_has_its_own_services_package(tmp_path: Path) -> None:
    """A user's own `services/` or `schemas/` package in the working directory does not shadow basewatch's stages."""
    for name in ("services", "schemas"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("raise ImportError('the user project, not basewatch')\n")
    done = _python(
        """
        from basewatch.services.ingest.agents import build
        from basewatch.schemas import ArticleReceived
        import basewatch.services.alert.__main__, basewatch.services.enrich.__main__
        print("ok")
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def test_the_import_layers_contract_holds() -> None:
    """import-linter's contracts (cli > tools > stages > platform > schemas; pure domains) are kept."""
    exe = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout or "broken" not in done.stdout.split("Contracts:")[-1]
