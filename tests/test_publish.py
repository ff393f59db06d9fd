"""The README's publishing commands build a complete deploy folder, offline.

`datasette publish cloudrun` writes the folder (Dockerfile, database, metadata, templates, our
wheel and constraints), then hands it to `gcloud builds submit`. Here a stand-in `gcloud` keeps a
copy of the folder instead of uploading it; then the Dockerfile's own commands are run on it.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from digests import digest

from quotes.app import DEFAULT_SETTINGS, TEMPLATES
from quotes.metadata import metadata
from quotes.plugin import PLUGIN_MODULES

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent

# Every hook the project implements, across its plugin modules: a replica must serve them all.
PROJECT_HOOKS = {
    name
    for module in map(importlib.import_module, PLUGIN_MODULES)
    for name, value in vars(module).items()
    if hasattr(value, "datasette_impl")
}

FAKE_GCLOUD = """#!/bin/sh
case "$*" in
    "config get-value project") echo quotes-test ;;
    "builds submit"*) cp -R . "$DEPLOY_COPY" ;;
esac
exit 0
"""


def readme_commands() -> str:
    """The shell lines of the README block between the publish markers."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- publish -->\n(.*?)<!-- /publish -->", text, re.S)
    assert block, "README.md has no <!-- publish --> block"
    lines = [line[4:] for line in block.group(1).splitlines() if line.startswith("    ")]
    return "\n".join(lines) + "\n"


def setting_value(value) -> str:
    return ("on" if value else "off") if isinstance(value, bool) else str(value)


@pytest.fixture(scope="module")
def deploy(tmp_path_factory, bundled_db) -> Path:
    """Run the README's commands in a copy of the project; return the deploy folder."""
    work = tmp_path_factory.mktemp("publish")
    project = work / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "quotes", project / "quotes", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(bundled_db, project / "quotes.db")
    fake = work / "bin"
    fake.mkdir()
    (fake / "gcloud").write_text(FAKE_GCLOUD)
    (fake / "gcloud").chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{fake}:{BIN}:{os.environ['PATH']}",
        "DEPLOY_COPY": str(work / "deploy"),
        "DATASETTE_PUBLISH_SECRET": "test-secret",
        "PIP_NO_INDEX": "1",  # offline: nothing may be downloaded
    }
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", readme_commands()], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "deploy"


def dockerfile(deploy: Path) -> str:
    return (deploy / "Dockerfile").read_text()


def test_deploy_folder_holds_database_metadata_templates_and_package(deploy, bundled_db):
    assert digest(deploy / "quotes.db") == digest(bundled_db)
    assert json.loads((deploy / "metadata.json").read_text()) == json.loads(json.dumps(metadata("quotes")))
    assert sorted(p.name for p in (deploy / "templates").iterdir()) == sorted(p.name for p in TEMPLATES.iterdir() if p.is_file())
    (wheel,) = (deploy / "dist").glob("quotes-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "quotes/plugin.py" in names and "quotes/templates/row-quotes-quotes.html" in names
    # `datasette serve` loads plugins from entry points only: every feature module needs one.
    section = entry_points.split("[datasette]", 1)[1].split("\n[", 1)[0]
    registered = {line.split("=", 1)[1].strip() for line in section.splitlines() if "=" in line}
    assert registered == set(PLUGIN_MODULES)


def test_versions_are_pinned(deploy):
    constraints = (deploy / "dist" / "constraints.txt").read_text().splitlines()
    assert "datasette==0.65.5" in constraints
    assert all("==" in line for line in constraints if line and not line.startswith("#"))
    wheel = next((deploy / "dist").glob("quotes-*.whl")).name
    assert f"RUN pip install -U datasette -c /app/dist/constraints.txt /app/dist/{wheel}" in dockerfile(deploy)


def test_served_immutable_with_the_project_settings(deploy):
    command = shlex.split(dockerfile(deploy).split("CMD ", 1)[1])
    assert command[:4] == ["datasette", "serve", "--host", "0.0.0.0"]
    assert command[command.index("-i") + 1] == "quotes.db"
    assert command[command.index("--metadata") + 1] == "metadata.json"
    assert command[command.index("--template-dir") + 1] == "templates/"
    settings = {command[i + 1]: command[i + 2] for i, part in enumerate(command) if part == "--setting"}
    assert settings == {**{k: setting_value(v) for k, v in DEFAULT_SETTINGS.items()}, "force_https_urls": "on"}


@pytest.mark.parametrize(
    "path, check",
    [
        ("/-/settings.json", lambda body: {k: body[k] for k in DEFAULT_SETTINGS} == DEFAULT_SETTINGS),
        ("/-/plugins.json", lambda body: {h for p in body for h in p["hooks"]} == PROJECT_HOOKS),
        ("/quotes/quotes_full.json?_search=Sejong&_shape=array", lambda body: {r["institution"] for r in body} == {"Sejong Institute"}),
        ("/quotes/quotes_full.json", lambda body: "claim_type" in body["facet_results"]),
    ],
)
def test_the_dockerfile_commands_serve_the_database(deploy, path, check):
    """RUN datasette inspect, then the CMD with --get: what a replica would answer."""
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}", "PORT": "8001"}
    if not (deploy / "inspect-data.json").exists():
        run_line = next(line for line in dockerfile(deploy).splitlines() if line.startswith("RUN datasette inspect"))
        subprocess.run(shlex.split(run_line[4:]), cwd=deploy, env=env, check=True)
    command = shlex.split(dockerfile(deploy).split("CMD ", 1)[1].replace("$PORT", "8001")) + ["--get", path]
    result = subprocess.run(command, cwd=deploy, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert check(json.loads(result.stdout))


def test_load_test_script_cuts_off_a_cross_join(bundled_db, tmp_path, capsys):
    """Smoke test of scripts/load_test.py on the bundled database (3 clients, 3 seconds): ours, then the peer."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("load_test", ROOT / "scripts" / "load_test.py")
    load_test = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(load_test)
    db = tmp_path / "quotes.db"
    shutil.copy(bundled_db, db)
    assert load_test.main(["--db", str(db), "--clients", "3", "--seconds", "3", "--pathological", "1"]) == 0
    ours, peer, both = (json.loads(line) for line in capsys.readouterr().out.strip().splitlines()[-3:])
    assert (ours["server"], peer["server"]) == ("quotes serve --workers 2", "datasette serve -i")
    for result in (ours, peer):
        assert result["requests"] > 0 and result["errors"] == 0
        assert result["pathological_cut_off"] and result["pathological"][0]["status"] == 400
    assert both["ours"]["requests_per_s"] == ours["requests_per_s"] and both["peer"]["p95_ms"] == peer["p95_ms"]
