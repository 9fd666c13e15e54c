"""MkDocs hooks of the iamport-client site (declared in ``mkdocs.yml``).

* ``api/``: the API reference. Swagger UI (the pinned copy shipped inside the
  ``mkdocs-swagger-ui-tag`` package) renders ``spec/iamport.yaml``, which is embedded as a script
  (``api/spec.js``) rather than fetched, because browsers refuse ``fetch()`` on ``file://`` and the
  site must work when opened from disk.
* ``reference.md``: the ``<!-- iamport:operations -->`` marker becomes a table of every operation,
  grouped by tag, linking into the Swagger UI page and naming the client calls that reach it
  (``client.<resource>.<method>`` and the seed-compatible methods, from the spec's
  ``x-iamport``); so the guide's own search finds operations too.
* ``operations.md``: the ``<!-- iamport:resources -->`` marker becomes the table of the client's
  resources and their methods, from ``x-iamport``.
* ``benchmarks.md``: the ``<!-- iamport:bench-results -->`` marker becomes
  ``bench/results/latest.md`` when that file exists, else a sentence saying there are no results.
* ``assets/vendor/iframe-worker/shim.js``: the shim that lets search run from ``file://``; the
  offline plugin would otherwise load it from a CDN.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "iamport.yaml"
BENCH_RESULTS = ROOT / "bench" / "results" / "latest.md"
# A full run recorded on the project's 2-core reference machine, committed with the code.
BENCH_REFERENCE = ROOT / "bench" / "results" / "reference.md"
HERE = Path(__file__).resolve().parent
API_PAGE = HERE / "api"
IFRAME_WORKER = HERE / "vendor" / "iframe-worker-1.0.4"

OPERATIONS_MARKER = "<!-- iamport:operations -->"
RESOURCES_MARKER = "<!-- iamport:resources -->"
BENCH_MARKER = "<!-- iamport:bench-results -->"
BENCH_PLACEHOLDER = (
    "No benchmark results have been recorded in this checkout yet: run `make bench`, which "
    "writes `bench/results/latest.md`, and build the documentation again."
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def swagger_ui_dir() -> Path:
    """The Swagger UI distribution shipped by the pinned mkdocs-swagger-ui-tag package."""
    path = Path(str(resources.files("mkdocs_swagger_ui_tag"))) / "swagger-ui"
    if not (path / "javascripts" / "swagger-ui-bundle.js").is_file():
        raise FileNotFoundError(
            f"Swagger UI assets not found under {path}; is mkdocs-swagger-ui-tag installed?"
        )
    return path


@cache
def swagger_ui_version() -> str:
    """Version of the bundled Swagger UI, read from the bundle itself."""
    bundle = swagger_ui_dir() / "javascripts" / "swagger-ui-bundle.js"
    match = re.search(r'PACKAGE_VERSION:"([0-9][^"]*)"', bundle.read_text(encoding="utf-8"))
    return match.group(1) if match else "unknown"


def load_spec() -> dict[str, Any]:
    """``spec/iamport.yaml`` as plain data."""
    with SPEC.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{SPEC} is not an OpenAPI document")
    return data


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation as ``{tag, operation_id, method, path, summary, deprecated, facts}``.

    Ordered by the spec's tag list, then as written in ``paths``.
    """
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            tags = op.get("tags") or ["default"]
            found.append(
                {
                    "tag": tags[0],
                    "operation_id": op.get("operationId", f"{method} {path}"),
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "summary_ko": op.get("x-summary-ko", ""),
                    "deprecated": bool(op.get("deprecated")),
                    "facts": op.get("x-iamport") or {},
                }
            )
    order = {tag["name"]: index for index, tag in enumerate(spec.get("tags", []))}
    found.sort(key=lambda op: order.get(op["tag"], len(order)))  # stable: keeps path order
    return found


def client_methods(spec: dict[str, Any]) -> dict[str, list[str]]:
    """``operationId`` → the client calls that reach it, from the spec's ``x-iamport`` facts.

    First ``<resource>.<method>`` (every operation has one), then the seed-compatible client
    methods that call it (``seed``). Nothing is read from the wrapper's source.
    """
    methods: dict[str, list[str]] = {}
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or not isinstance(op.get("x-iamport"), dict):
                continue
            facts = op["x-iamport"]
            names = [f"{facts['resource']}.{facts['method']}", *facts.get("seed", [])]
            methods[op["operationId"]] = names
    return methods


def operations_markdown(spec: dict[str, Any], korean: bool = False) -> str:
    """The operations table of ``reference.md`` (``reference.ko.md``): one section per tag.

    Each summary is shown in both languages (``summary`` and ``x-summary-ko``), the page's own
    language first, so that the guide's search finds an operation by English or Korean words.
    """
    methods = client_methods(spec)
    descriptions = {tag["name"]: tag.get("description", "") for tag in spec.get("tags", [])}
    lines: list[str] = []
    current = None
    for op in operations(spec):
        if op["tag"] != current:
            current = op["tag"]
            lines += ["", f"### {current}", ""]
            if descriptions.get(current):
                lines += [descriptions[current], ""]
            header = (
                "| API | 요약 | 클라이언트 메서드 |"
                if korean
                else ("| Operation | Summary | Client method |")
            )
            lines += [header, "|---|---|---|"]
        link = f"[`{op['operation_id']}`](api/index.html#/{op['tag']}/{op['operation_id']})"
        english = op["summary"].replace("|", "\\|")
        if op["deprecated"] and "deprecated" not in english.lower():
            english += " *(deprecated)*"
        local = op["summary_ko"].replace("|", "\\|")
        pair = [local, english] if korean else [english, local]
        summary = "<br>".join(part for part in pair if part)
        names = methods.get(op["operation_id"], [])
        method = ", ".join(f"`{name}`" for name in names) if names else "—"
        request = f"`{op['method']} {op['path']}`"
        lines.append(f"| {link}<br>{request} | {summary} | {method} |")
    count = len(operations(spec))
    header = (
        f"명세에 **API {count}개**가 있습니다. 이름을 누르면 대화형 레퍼런스에서 그 API가 열립니다."
        if korean
        else f"The spec describes **{count} operations**. Each name opens that operation in the "
        "interactive reference."
    )
    return header + "\n" + "\n".join(lines) + "\n"


def resources_markdown(spec: dict[str, Any], korean: bool = False) -> str:
    """The resources of the client and their methods, from the spec's ``x-iamport``.

    One row per resource, in the order the spec first names it; each method links to its
    operation in the interactive reference and carries the operation's summary as a tooltip.
    """
    rows: dict[str, list[str]] = {}
    for op in operations(spec):
        facts = op["facts"]
        if not facts:
            continue
        link = f"api/index.html#/{op['tag']}/{op['operation_id']}"
        title = (op["summary_ko"] if korean and op["summary_ko"] else op["summary"]).replace(
            '"', "'"
        )
        names = [facts["method"]]
        if facts.get("paged"):
            iterator = "iter_" + facts["method"].removeprefix("list_").removeprefix("list")
            names.append(iterator.rstrip("_") if iterator != "iter_" else "iter")
        cell = " ".join(f'[`{name}`]({link} "{title}")' for name in names)
        rows.setdefault(facts["resource"], []).append(cell)
    header = "| 자원 | 메서드 |" if korean else "| resource | methods |"
    lines = [header, "|---|---|"]
    lines += [f"| `{resource}` | {', '.join(cells)} |" for resource, cells in rows.items()]
    return "\n".join(lines) + "\n"


def api_index_html(spec: dict[str, Any]) -> str:
    """``api/index.html`` from its template, with the spec's title and version."""
    info = spec.get("info", {})
    template = Template((API_PAGE / "index.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=html.escape(str(info.get("title", "API reference"))),
        version=html.escape(str(info.get("version", ""))),
        operations=len(operations(spec)),
        swagger_ui_version=html.escape(swagger_ui_version()),
    )


def dereference(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` with every local ``$ref`` replaced by what it points to.

    Swagger UI resolves ``$ref`` lazily through a resolver that cannot read ``file://`` pages, so
    opened from disk it would show ``"string"`` for every referenced schema. Inlining the
    references at build time makes the page independent of that. An inlined schema keeps its
    component name as ``title`` (so the reference still names it); sibling keywords of a
    ``$ref`` (OpenAPI 3.1 allows ``description`` next to it) override the target's; a reference
    that would recurse into itself is left as it is.
    """

    def target(pointer: str) -> Any:
        node: Any = spec
        for part in pointer.removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def walk(node: Any, active: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [walk(item, active) for item in node]
        if not isinstance(node, dict):
            return node
        pointer = node.get("$ref")
        if isinstance(pointer, str) and pointer.startswith("#/") and pointer not in active:
            resolved = walk(target(pointer), (*active, pointer))
            if isinstance(resolved, dict):
                resolved = dict(resolved)
                if pointer.startswith("#/components/schemas/"):
                    resolved.setdefault("title", pointer.rsplit("/", 1)[1])
                resolved.update({k: walk(v, active) for k, v in node.items() if k != "$ref"})
            return resolved
        return {key: walk(value, active) for key, value in node.items()}

    result = walk(spec, ())
    assert isinstance(result, dict)
    return result


def with_korean_summaries(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy whose operation summaries read ``English · 한국어`` (from ``x-summary-ko``).

    Swagger UI shows and filters by ``summary``; this way the reference lists both languages
    and finds operations by Korean words (취소, 빌링키, 가상계좌, 예약).
    """
    paths = {}
    for path, item in spec.get("paths", {}).items():
        paths[path] = dict(item)
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict) and op.get("x-summary-ko"):
                paths[path][method] = {
                    **op,
                    "summary": f"{op.get('summary', '')} · {op['x-summary-ko']}",
                }
    return {**spec, "paths": paths}


def with_korean_descriptions(node: Any) -> Any:
    """A copy in which each ``description`` that has an ``x-description-ko`` reads both
    languages (English, then the Korean as a second paragraph).

    The one reference page serves readers of both languages, as the summaries do. Example
    values are left as they are.
    """
    if isinstance(node, list):
        return [with_korean_descriptions(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {
        key: value if key in ("example", "examples") else with_korean_descriptions(value)
        for key, value in node.items()
    }
    english, korean = copy.get("description"), copy.get("x-description-ko")
    if isinstance(english, str) and isinstance(korean, str):
        copy["description"] = f"{english.rstrip()}\n\n{korean}"
        del copy["x-description-ko"]  # shown once, in the description; the page stays light
    return copy


def spec_script(spec: dict[str, Any]) -> str:
    """The spec, references inlined, as a script that sets ``window.IAMPORT_OPENAPI``."""
    bilingual = with_korean_summaries(with_korean_descriptions(spec))
    # UTF-8 rather than \uXXXX escapes: the Korean texts would otherwise take twice the bytes.
    data = json.dumps(
        dereference(bilingual), default=str, separators=(",", ":"), ensure_ascii=False
    )
    return f"window.IAMPORT_OPENAPI = {data};\n"


# ------------------------------------------------------------------------------ MkDocs events


# After the i18n plugin (priority -100) has sorted the pages into languages: these files are
# the same in every language build and have no source file in docs/.
@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the API reference page, its assets, and the local iframe-worker shim."""
    spec = load_spec()
    swagger = swagger_ui_dir()
    generated = [
        File.generated(config, "api/index.html", content=api_index_html(spec)),
        File.generated(config, "api/spec.js", content=spec_script(spec)),
        File.generated(config, "api/iamport.yaml", abs_src_path=str(SPEC)),
        File.generated(config, "api/reference.js", abs_src_path=str(API_PAGE / "reference.js")),
        File.generated(config, "api/reference.css", abs_src_path=str(API_PAGE / "reference.css")),
        File.generated(
            config,
            "api/swagger-ui/swagger-ui-bundle.js",
            abs_src_path=str(swagger / "javascripts" / "swagger-ui-bundle.js"),
        ),
        File.generated(
            config,
            "api/swagger-ui/swagger-ui.css",
            abs_src_path=str(swagger / "stylesheets" / "swagger-ui.css"),
        ),
        File.generated(config, "api/swagger-ui/LICENSE", abs_src_path=str(swagger / "LICENSE")),
        File.generated(config, "api/swagger-ui/NOTICE", abs_src_path=str(swagger / "NOTICE")),
        File.generated(
            config,
            "assets/vendor/iframe-worker/shim.js",
            abs_src_path=str(IFRAME_WORKER / "shim.js"),
        ),
        File.generated(
            config,
            "assets/vendor/iframe-worker/LICENSE",
            abs_src_path=str(IFRAME_WORKER / "LICENSE"),
        ),
    ]
    for file in generated:
        files.append(file)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill the markers of ``reference.md`` and ``benchmarks.md``."""
    korean = getattr(page.file, "locale", None) == "ko" or page.file.src_uri.endswith(".ko.md")
    if OPERATIONS_MARKER in markdown:
        markdown = markdown.replace(OPERATIONS_MARKER, operations_markdown(load_spec(), korean))
    if RESOURCES_MARKER in markdown:
        markdown = markdown.replace(RESOURCES_MARKER, resources_markdown(load_spec(), korean))
    if BENCH_MARKER in markdown:
        if BENCH_RESULTS.is_file():  # a run made in this checkout
            results = BENCH_RESULTS.read_text(encoding="utf-8")
        elif BENCH_REFERENCE.is_file():  # the committed reference run
            results = BENCH_REFERENCE.read_text(encoding="utf-8")
        else:
            results = BENCH_PLACEHOLDER
        markdown = markdown.replace(BENCH_MARKER, results)
    return markdown
