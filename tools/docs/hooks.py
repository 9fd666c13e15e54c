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
* ``errors-catalogue.md``: the ``<!-- iamport:catalogue:NAME -->`` markers become the tables of
  ``tools/docs/catalogue.py`` (exceptions, the service's answers, test cards, exit codes).
* ``benchmarks.md``: the ``<!-- iamport:bench-results -->`` marker becomes
  ``bench/results/latest.md`` when that file exists, else a sentence saying there are no results.
* ``assets/vendor/iframe-worker/shim.js``: the shim that lets search run from ``file://``; the
  offline plugin would otherwise load it from a CDN.
"""

from __future__ import annotations

import html
import importlib.util
import inspect
import json
import re
import sys
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
CHANGELOG = ROOT / "CHANGELOG.md"
# A full run recorded on the project's 2-core reference machine, committed with the code.
BENCH_REFERENCE = ROOT / "bench" / "results" / "reference.md"
HERE = Path(__file__).resolve().parent
API_PAGE = HERE / "api"
IFRAME_WORKER = HERE / "vendor" / "iframe-worker-1.0.4"


def _load_sibling(name: str) -> Any:
    """A module of ``tools/docs`` (MkDocs loads this file by path, not as a package)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name.split('.')[-1]}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


catalogue = _load_sibling("iamport_docs.catalogue")

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
    header = "| 리소스 | 메서드 |" if korean else "| resource | methods |"
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


def changelog_sections(markdown: str) -> str:
    """Fill ``<!-- iamport:changelog:policy -->`` and ``...:releases -->`` from ``CHANGELOG.md``.

    The policy is the body of its "Versioning and deprecation policy" section; the releases are
    every section from ``## [Unreleased]`` on, one heading level down (they sit under the page's
    own "Releases" heading).
    """
    text = CHANGELOG.read_text(encoding="utf-8")
    policy_start = text.index("## Versioning and deprecation policy")
    releases_start = text.index("## [", policy_start)
    policy = text[policy_start:releases_start].split("\n", 1)[1].strip()
    releases = re.sub(r"^(#{2,5}) ", r"#\1 ", text[releases_start:].strip(), flags=re.M)
    markdown = markdown.replace("<!-- iamport:changelog:policy -->", policy)
    return markdown.replace("<!-- iamport:changelog:releases -->", releases)


PYTHON_API_MARKER = "<!-- iamport:python-api -->"


def _resource_classes(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """``(resource, class name)`` for every resource of the client, in the spec's order."""
    seen: dict[str, str] = {}
    for op in operations(spec):
        resource = op["facts"].get("resource")
        if resource and resource not in seen:
            seen[resource] = "".join(part.capitalize() for part in resource.split("_"))
    return list(seen.items())


def client_level_methods() -> list[str]:
    """The methods ``Iamporter`` binds from ``_calls`` (the official and Node clients' names)."""
    from iamport_client import Iamporter

    return [
        name
        for klass in Iamporter.__mro__
        for name, value in vars(klass).items()
        if not name.startswith("_")
        and getattr(value, "__module__", "") == "iamport_client._binding"
        and type(value).__name__ != "lazy_resource"
    ]


def _schema_type(schema: dict[str, Any]) -> str:
    """A short type for a property: ``string``, ``integer``, ``Payment``, ``array of Payment``."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            kinds = [_schema_type(s) for s in schema[key]]
            return " or ".join(k for k in kinds if k != "null") or "null"
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = " or ".join(k for k in kind if k != "null")
    if kind == "array":
        return f"array of {_schema_type(schema.get('items', {}))}"
    if "enum" in schema:
        return f"{kind}: " + ", ".join(f"`{v}`" for v in schema["enum"] if v is not None)
    return str(kind)


def models_markdown(spec: dict[str, Any], korean: bool = False) -> str:
    """One section per model of ``iamport_client.models``: its docstring and fields.

    The summary line is the class's docstring; each field's type and description come from the
    spec schema the class is generated from (``x-description-ko`` on the Korean page, when the
    spec has it). Markdown, not ``:::`` directives: 139 models rendered by mkdocstrings would
    triple the build time.
    """
    import iamport_api.models as models

    schemas = spec.get("components", {}).get("schemas", {})
    head = "| 필드 | 타입 | 설명 |" if korean else "| field | type | description |"
    out: list[str] = []
    for name in sorted(models.__all__):
        cls = getattr(models, name)
        summary = (inspect.getdoc(cls) or "").split("\n\n", 1)[0].replace("\n", " ")
        out += [f"### {name}", "", summary, ""]
        schema = schemas.get(name, {})
        properties = schema.get("properties") or {}
        if "enum" in schema:
            values = ", ".join(f"`{v}`" for v in schema["enum"])
            out += [("값: " if korean else "Values: ") + values, ""]
        if properties:
            required = set(schema.get("required", []))
            out += [head, "|---|---|---|"]
            for field, prop in properties.items():
                text = (prop.get("x-description-ko") if korean else None) or prop.get(
                    "description", ""
                )
                mark = " *" if field in required else ""
                cell = " ".join(str(text).split()).replace("|", "\\|")
                kind = _schema_type(prop).replace("|", "\\|")
                out.append(f"| `{field}`{mark} | {kind} | {cell} |")
            out.append("")
    note = "`*`: 항상 있는 필드." if korean else "`*`: always present."
    return note + "\n\n" + "\n".join(out) + "\n"


def python_api_markdown(spec: dict[str, Any], korean: bool = False) -> str:
    """The ``:::`` directives of ``python-api.md``: mkdocstrings renders them from docstrings.

    Every resource of the spec gets its section, so a new resource appears by itself.
    """
    titles = {
        "clients": "클라이언트" if korean else "Clients",
        "results": "결과" if korean else "Results",
        "resources": "리소스" if korean else "Resources",
        "webhooks": "웹훅" if korean else "Webhooks",
        "checkout": "결제 키트" if korean else "Checkout kit",
        "errors": "오류" if korean else "Errors",
        "models": "모델" if korean else "Models",
    }
    notes = {
        "async": (
            "`AsyncIamporter`는 같은 메서드를 `await`로 부릅니다. 리소스도 같습니다"
            "(`AsyncPayments` 등)."
            if korean
            else "`AsyncIamporter` has the same methods, awaited; so do its resources "
            "(`AsyncPayments`...)."
        ),
        "models": (
            "`from iamport_client.models import Payment`: 메서드가 돌려주고 받는 모델. "
            "금액은 `Decimal`."
            if korean
            else "`from iamport_client.models import Payment`: what the methods return and "
            "accept. Money is `Decimal`."
        ),
        "resources": (
            "`iamporter.<리소스>.<메서드>(...)`: 명세의 모든 API."
            if korean
            else "`iamporter.<resource>.<method>(...)`: every operation of the spec."
        ),
    }
    out = [f"## {titles['clients']}", "", "::: iamport_client.Iamporter", ""]
    # The methods of the official and Node clients are bound at import time (``pay_onetime =
    # bind_sync(_calls.pay_onetime)``); they are documented from the functions that build them,
    # which hold the signature and the docstring (each returns ``IamporterResult[...]``).
    for name in client_level_methods():
        out += [
            f"::: iamport_client._calls.{name}",
            "    options:",
            f'      heading: "Iamporter.{name}"',
            "      show_signature_annotations: false",
            "      heading_level: 4",
            "",
        ]
    out += [
        "::: iamport_client.AsyncIamporter",
        "    options:",
        "      members: false",
        "",
        notes["async"],
        "",
        f"## {titles['results']}",
        "",
    ]
    for name in ("IamporterResult", "AccessToken", "ScheduledPayment"):
        out += [f"::: iamport_client.{name}", ""]
    out += [f"## {titles['resources']}", "", notes["resources"], ""]
    for resource, cls in _resource_classes(spec):
        out += [
            f"::: iamport_client._resources.{resource}.{cls}",
            "    options:",
            f'      heading: "iamporter.{resource}"',
            "",
        ]
    out += [f"## {titles['webhooks']}", ""]
    out += ["::: iamport_client.parse_webhook", "", "::: iamport_client.WebhookEvent", ""]
    out += [f"## {titles['checkout']}", "", "::: iamport_client.checkout", ""]
    out += [
        f"## {titles['errors']}",
        "",
        "::: iamport_client._errors",
        "    options:",
        "      show_root_heading: false",
        "",
    ]
    out += [f"## {titles['models']}", "", notes["models"], "", models_markdown(spec, korean)]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------ MkDocs events


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Links between API objects stay in the page's language.

    ``python-api.md`` and ``python-api.ko.md`` render the same objects, so every object has two
    anchors (``python-api.html#X`` and ``ko/python-api.html#X``). mkdocs-autorefs'
    ``resolve_closest`` picks the one beside the linking page, but cannot choose for a page at
    the site's root; this picks the anchor of the same language build.
    """
    plugin = config.plugins.get("autorefs")
    if plugin is None or not hasattr(type(plugin), "_get_closest_url"):
        return config  # another mkdocs-autorefs: its own warnings will say what to change
    original = type(plugin)._get_closest_url
    languages = _language_prefixes(config)

    def same_language(from_url: str, urls: list[str], qualifier: str) -> str:
        prefix = next((p for p in languages if from_url.startswith(p)), "")
        same = [
            url for url in urls if next((p for p in languages if url.startswith(p)), "") == prefix
        ]
        if len(same) == 1:
            return same[0]
        return str(original(from_url, urls, qualifier))

    type(plugin)._get_closest_url = staticmethod(same_language)  # type: ignore[method-assign]
    return config


def _language_prefixes(config: MkDocsConfig) -> tuple[str, ...]:
    """``("ko/",)``: the folders of the non-default language builds of the i18n plugin."""
    i18n = config.plugins.get("i18n")
    languages = getattr(getattr(i18n, "config", None), "languages", None) or []
    prefixes = []
    for language in languages:
        default = language.get("default") if isinstance(language, dict) else language.default
        locale = language.get("locale") if isinstance(language, dict) else language.locale
        if not default:
            prefixes.append(f"{locale}/")
    return tuple(prefixes) or ("ko/",)


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
    if PYTHON_API_MARKER in markdown:
        markdown = markdown.replace(PYTHON_API_MARKER, python_api_markdown(load_spec(), korean))
    if "<!-- iamport:catalogue:" in markdown:
        markdown = catalogue.fill(markdown, korean)
    if "<!-- iamport:changelog:" in markdown:
        markdown = changelog_sections(markdown)
    if BENCH_MARKER in markdown:
        if BENCH_RESULTS.is_file():  # a run made in this checkout
            results = BENCH_RESULTS.read_text(encoding="utf-8")
        elif BENCH_REFERENCE.is_file():  # the committed reference run
            results = BENCH_REFERENCE.read_text(encoding="utf-8")
        else:
            results = BENCH_PLACEHOLDER
        markdown = markdown.replace(BENCH_MARKER, results)
    return markdown


# ------------------------------------------------------------------------- search, per language

#: Korean terms the guide writes with a space (부분 취소) that readers type without one (부분취소),
#: and the other way round. Each page's search entry gets the other form as hidden text.
KOREAN_COMPOUNDS = (
    "부분 취소", "전액 취소", "결제 취소", "취소 금액", "결제 예약", "예약 결제", "정기 결제",
    "가상 계좌", "계좌 이체", "본인 인증", "현금 영수증", "승인 거절", "결제 실패", "결제 검증",
    "결제 완료", "결제 정보", "결제 요청", "빌링 키", "빌링키 발급", "빌링키 결제", "액세스 토큰",
    "카드 결제", "카드 번호", "환불 계좌", "입금 대기", "간편 결제", "해외 카드", "하위 가맹점",
    "가맹점 서버", "주문 번호", "테스트 카드", "오류 목록", "응답 형식", "비인증 결제",
)  # fmt: skip


def korean_search_variants(text: str) -> str:
    """The spaced or unspaced forms of :data:`KOREAN_COMPOUNDS` missing from ``text``."""
    extra = []
    for spaced in KOREAN_COMPOUNDS:
        joined = spaced.replace(" ", "")
        if spaced in text and joined not in text:
            extra.append(joined)
        elif joined in text and spaced not in text:
            extra.append(spaced)
    return " ".join(extra)


def split_search_index(site: Path, prefixes: tuple[str, ...]) -> None:
    """One search index per language, and Korean entries findable with or without spaces.

    The i18n plugin stacks every language into ``search/search_index.json``, so English queries
    rank Korean pages first and the other way round. This writes each language's entries to its
    own folder (``ko/search/...``, locations relative to it) and points that language's pages at
    it (their ``base``); the Material search worker then loads the index of the page's language.
    """
    index_path = site / "search" / "search_index.json"
    if not index_path.is_file():
        return
    data = json.loads(index_path.read_text(encoding="utf-8"))
    docs = data.get("docs", [])
    groups: dict[str, list[dict[str, Any]]] = {prefix: [] for prefix in prefixes}
    default = []
    for doc in docs:
        prefix = next((p for p in prefixes if doc["location"].startswith(p)), None)
        if prefix is None:
            default.append(doc)
        else:
            groups[prefix].append({**doc, "location": doc["location"][len(prefix) :]})
    if not any(groups.values()):
        return  # already split (this runs once per language build)
    offline = (site / "search" / "search_index.js").is_file()
    _write_index(site, {**data, "docs": default}, offline)
    for prefix, entries in groups.items():
        for entry in entries:
            variants = korean_search_variants(entry.get("title", "") + " " + entry.get("text", ""))
            if variants:
                entry["text"] = entry.get("text", "") + f' <span hidden="">{variants}</span>'
        _write_index(site / prefix.rstrip("/"), {**data, "docs": entries}, offline)
        _rebase_pages(site / prefix.rstrip("/"))
        for name in ("sitemap.xml", "sitemap.xml.gz"):  # the language menu asks for it
            if (site / name).is_file() and not (site / prefix / name).is_file():
                (site / prefix / name).write_bytes((site / name).read_bytes())


def _write_index(root: Path, data: dict[str, Any], offline: bool) -> None:
    folder = root / "search"
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    (folder / "search_index.json").write_text(text, encoding="utf-8")
    if offline:  # the offline plugin's copy, loaded by pages opened from disk
        (folder / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")


_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')


def _rebase_pages(root: Path) -> None:
    """Point the Material config of every page under ``root`` at ``root`` (its search index)."""
    for page in root.rglob("*.html"):
        depth = len(page.relative_to(root).parts) - 1
        base = "/".join([".."] * depth) or "."
        text = page.read_text(encoding="utf-8")
        new = _BASE.sub(lambda m, base=base: m.group(1) + base + m.group(3), text, count=1)
        if new != text:
            page.write_text(new, encoding="utf-8")


@event_priority(-200)  # after the i18n plugin has built every language and merged the index
def on_post_build(config: MkDocsConfig) -> None:
    """Split the search index by language (see :func:`split_search_index`)."""
    split_search_index(Path(config.site_dir), _language_prefixes(config))
