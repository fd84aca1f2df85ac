"""The GitHub workflows: valid YAML (yamllint), every action pinned to an exact
release, and the pull-request workflow runs what catches an editor's mistake.

(actionlint is not used: on PyPI it is only an sdist that downloads its binary
at install time, which the registries-only CI cannot do.)
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml
from conftest import PROJECT_ROOT

WORKFLOWS = PROJECT_ROOT / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.yml"))
EXACT = re.compile(r"^[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+$")


def load(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def trigger(workflow: dict):
    # PyYAML (YAML 1.1) reads the key `on` as the boolean True.
    return workflow.get("on", workflow.get(True))


def steps(workflow: dict):
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


def test_yamllint_passes():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "yamllint",
            "-f",
            "parsable",
            "-c",
            str(PROJECT_ROOT / ".github" / "yamllint.yml"),
            str(WORKFLOWS),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_yamllint_config_catches_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on:\n  push:\njobs:\n  a:\n    steps:\n      - name: x: y\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "yamllint",
            "-f",
            "parsable",
            "-c",
            str(PROJECT_ROOT / ".github" / "yamllint.yml"),
            str(bad),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "bad.yml:6:" in result.stdout


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_action_is_pinned_to_an_exact_release(path):
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    uses = [s["uses"] for s in steps(workflow) if "uses" in s]
    assert uses, f"{path.name} uses no actions?"
    loose = [u for u in uses if not EXACT.match(u)]
    assert loose == [], f"{path.name}: not pinned to vX.Y.Z: {loose}"


def test_pull_request_workflow_checks_tests_builds_and_uploads():
    workflow = load("pr.yml")
    assert "pull_request" in trigger(workflow)
    runs = [s.get("run", "") for s in steps(workflow)]
    order = [
        next(i for i, r in enumerate(runs) if "almanac check" in r),
        next(i for i, r in enumerate(runs) if "bash .ci/run" in r),
        next(i for i, r in enumerate(runs) if "mkdocs build --strict" in r),
    ]
    assert order == sorted(order)
    upload = [
        s for s in steps(workflow) if s.get("uses", "").startswith("actions/upload-artifact@")
    ]
    assert [u["with"]["path"].rstrip("/") for u in upload] == ["test-artifacts/screenshots", "site"]


def test_deploy_workflow_uses_the_official_pages_actions_on_main():
    workflow = load("deploy.yml")
    assert trigger(workflow)["push"]["branches"] == ["main"]
    assert (
        workflow["permissions"]["pages"] == "write"
        and workflow["permissions"]["id-token"] == "write"
    )
    assert workflow["concurrency"]["group"]
    used = [s["uses"].split("@")[0] for s in steps(workflow) if "uses" in s]
    for action in (
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        assert action in used
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert workflow["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_pull_request_workflow_keeps_the_screenshots_even_when_tests_fail():
    # README names test-artifacts/screenshots/ as where the browser tests leave them.
    workflow = load("pr.yml")
    upload = [
        s
        for s in steps(workflow)
        if s.get("with", {}).get("path", "").rstrip("/") == "test-artifacts/screenshots"
    ]
    assert len(upload) == 1 and upload[0]["uses"].startswith("actions/upload-artifact@")
    assert "cancelled()" in upload[0]["if"]  # also after a failed test step
    every = list(steps(workflow))
    tests = next(i for i, s in enumerate(every) if "bash .ci/run" in s.get("run", ""))
    assert every.index(upload[0]) == tests + 1


def test_deploy_builds_with_the_pages_address_as_site_url(monkeypatch):
    # Without site_url the 404 page links /assets/…, which breaks on a project
    # site (https://owner.github.io/repo/), and citations have no absolute permalink.
    workflow = load("deploy.yml")
    build = workflow["jobs"]["build"]["steps"]
    pages = next(s for s in build if s.get("uses", "").startswith("actions/configure-pages@"))
    step = next(s for s in build if "build-site" in s.get("run", ""))
    assert step["env"]["ALMANAC_SITE_URL"] == "${{ steps." + pages["id"] + ".outputs.base_url }}/"

    from mkdocs.config import load_config

    monkeypatch.delenv("ALMANAC_SITE_URL", raising=False)
    assert load_config(str(PROJECT_ROOT / "mkdocs.yml"))["site_url"] is None
    monkeypatch.setenv("ALMANAC_SITE_URL", "https://owner.github.io/repo/")
    assert (
        load_config(str(PROJECT_ROOT / "mkdocs.yml"))["site_url"] == "https://owner.github.io/repo/"
    )
