"""The MkDocs plugin: `mkdocs build` runs the generator; `mkdocs serve` regenerates when a source
is added and does not rebuild in a loop."""
import socket
import subprocess
import sys
import time

NEW_ARTICLE = ("date 2026-11-07 Tarrow: A second crane at the Tarrow container terminal was taken out of "
               "service on Saturday after inspectors found cracks in its boom, the port authority said. "
               "\"We will not take chances with the quay,\" said harbour master Dana Whitlock. (Valley Courier)")


def test_mkdocs_build_runs_the_generator(project_copy):
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project_copy,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "briefings: write:" in result.stderr
    assert len(list((project_copy / "site" / "briefings").glob("*/index.html"))) >= 5


def test_mkdocs_build_names_a_broken_template_in_one_line(project_copy, run_briefings):
    (project_copy / "mine").mkdir()
    (project_copy / "mine" / "index.md.j2").write_text("---\n{{ front_matter }}---\n{{ briefings | lenght }}\n")
    config = project_copy / "mkdocs.yml"
    config.write_text(config.read_text().replace("      summary_words: 120\n",
                                                 "      summary_words: 120\n      templates: mine\n"))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project_copy,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    assert f"briefings: template {project_copy / 'mine' / 'index.md.j2'} line 3: No filter named 'lenght'." \
        in result.stderr
    assert "Traceback" not in result.stderr
    # `briefings build` runs the same plugin: a template is configuration, so a usage error
    assert run_briefings("build", cwd=project_copy, check=False).returncode == 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_mkdocs_serve_regenerates_when_a_source_is_added_and_then_settles(project_copy):
    sources = project_copy / "examples" / "sources"
    pages = project_copy / "docs" / "briefings"
    log = project_copy / "serve.log"
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a",
                               f"127.0.0.1:{free_port()}"], cwd=project_copy,
                              stdout=subprocess.DEVNULL, stderr=log.open("w"), text=True)
    try:
        assert wait_for(lambda: (pages / "index.md").exists(), 120), "the first build wrote no pages"
        before = {p.name for p in pages.iterdir()}
        time.sleep(1.5)
        (sources / "crane-inspection.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        assert wait_for(lambda: len({p.name for p in pages.iterdir()}) > len(before), 120), \
            "adding a source did not regenerate the pages"
        time.sleep(3)  # let the rebuild that the new page itself triggers finish
        settled = {p.name: p.stat().st_mtime_ns for p in pages.iterdir()}
        builds = log.read_text().count("Building documentation")
        time.sleep(5)  # a plugin that wrote into docs_dir on every build would rebuild for ever
        assert {p.name: p.stat().st_mtime_ns for p in pages.iterdir()} == settled
        assert log.read_text().count("Building documentation") == builds
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
