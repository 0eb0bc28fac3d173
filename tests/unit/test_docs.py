"""The documentation against the code, so that it cannot drift.

docs/architecture.md: its module table is the tree (every module listed, no row without its
module), its dependency rule holds for every import, and the documents name no module it lacks.
README.md: its configuration table is the settings (names and defaults), its HTTP table is the
routes, its curl examples call routes that exist, its /v1/ask example has the response's fields.
Links between the documents resolve. Cheap: files are read and parsed; only the settings and the
schema classes are imported, no model and no index.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import re
from functools import cache
from pathlib import Path

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
PACKAGE = ROOT / "assistant"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
README = ROOT / "README.md"
DOCUMENTS = [README, *sorted((ROOT / "docs").glob("*.md"))]
# Folders of static files (no Python modules) that the module table lists as one row each.
STATIC = ("assistant/widget/", "assistant/console/")
# Packages only the web layer and the entry points may import.
HTTP_PACKAGES = {"fastapi", "starlette", "uvicorn"}
# Routes FastAPI adds by itself that the README documents.
BUILTIN_ROUTES = {"GET /docs"}


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def section(text: str, heading: str) -> str:
    """The body of the ``## heading`` section of a Markdown text."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"no '## {heading}' section"
    return match.group(1)


def table(text: str) -> list[list[str]]:
    """The body rows of the first Markdown table in ``text``, as stripped cells."""
    rows: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif rows:
            break
    assert len(rows) > 2, "no table"
    return rows[2:]


def without_code(text: str) -> str:
    return re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)


# The module table and the tree


@cache
def rows() -> dict[str, str]:
    """The module table of docs/architecture.md: path → what the module holds."""
    found: dict[str, str] = {}
    for cells in table(section(ARCHITECTURE.read_text(), "Modules")):
        path = re.fullmatch(r"`([^`]+)`", cells[0])
        assert path, f"a module row starts with one path in backticks, not {cells[0]!r}"
        assert path.group(1) not in found, f"{path.group(1)} has two rows"
        found[path.group(1)] = cells[1]
    return found


@cache
def tree() -> frozenset[str]:
    """The modules the table must list: the package's modules, the static folders, api.py."""
    modules = {rel(p) for p in PACKAGE.rglob("*.py") if p.name != "__init__.py"}
    modules |= {folder for folder in STATIC if (ROOT / folder).is_dir()}
    return frozenset({*modules, "api.py"})


def test_every_module_is_in_the_module_table() -> None:
    missing = sorted(tree() - rows().keys())
    assert not missing, f"add these modules to the table in docs/architecture.md: {missing}"


def test_every_row_of_the_module_table_is_a_module() -> None:
    extra = sorted(rows().keys() - tree())
    assert not extra, f"these rows of docs/architecture.md have no module: {extra}"


REFERENCE = re.compile(r"(?<![\w./-])((?:[a-z_]+/)+[a-z_]+\.py)\b")


def test_the_documents_name_only_modules_of_the_table() -> None:
    subpackages = {path.split("/")[1] for path in rows() if path.count("/") >= 2}
    unknown = []
    for document in DOCUMENTS:
        for path in REFERENCE.findall(document.read_text()):
            first = path.split("/")[0]
            module = path if first == "assistant" else f"assistant/{path}" if first in subpackages else None
            if module is not None and module not in rows():
                unknown.append(f"{rel(document)}: {path}")
    assert not unknown, f"modules named in the documents but not in the module table: {unknown}"


# The dependency rule


@cache
def layers() -> list[list[str]]:
    """The numbered layers of docs/architecture.md, bottom first: each a list of paths (a path
    ending in / is a folder)."""
    items = re.findall(r"^\d+\. (.*)$", section(ARCHITECTURE.read_text(), "Dependency rule"), re.MULTILINE)
    assert items, "no numbered layers under 'Dependency rule'"
    return [re.findall(r"`([^`]+)`", item) for item in items]


def layer_of(path: str) -> int | None:
    if path == "assistant/__init__.py":
        return 0  # the package's root holds its version only
    matches = [
        (len(member), number)
        for number, members in enumerate(layers())
        for member in members
        if path == member or (member.endswith("/") and path.startswith(member))
    ]
    return max(matches)[1] if matches else None


def resolve(name: str) -> str | None:
    """The file of the dotted module ``name`` if it is one of the project's, else None."""
    parts = name.split(".")
    if parts[0] == "api":
        return "api.py"
    if parts[0] != "assistant":
        return None
    base = ROOT.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return rel(candidate)
    return None


def imports(path: str) -> tuple[set[str], set[str]]:
    """(the project's modules ``path`` imports, as files; the top-level names of the others)."""
    ours: set[str] = set()
    others: set[str] = set()
    for node in ast.walk(ast.parse((ROOT / path).read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import"
            module = node.module or ""
            # "from assistant.web import openai" imports a module; "from x import name" a name of x.
            names = [
                f"{module}.{alias.name}" if resolve(f"{module}.{alias.name}") else module
                for alias in node.names
            ]
        else:
            continue
        for name in names:
            target = resolve(name)
            if target is not None:
                ours.add(target)
            else:
                others.add(name.split(".")[0])
    return ours, others


def python_files() -> list[str]:
    return sorted([*(rel(p) for p in PACKAGE.rglob("*.py")), "api.py"])


def test_imports_never_reach_back_up() -> None:
    problems = []
    for path in python_files():
        mine = layer_of(path)
        if mine is None:
            problems.append(f"{path} is in no layer")
            continue
        for target in sorted(imports(path)[0]):
            theirs = layer_of(target)
            if theirs is None:
                problems.append(f"{path} imports {target}, which is in no layer")
            elif theirs > mine:
                problems.append(f"{path} (layer {mine + 1}) imports {target} (layer {theirs + 1})")
    assert not problems, "the dependency rule of docs/architecture.md is broken:\n" + "\n".join(problems)


def test_only_the_web_layer_and_the_entry_points_know_http() -> None:
    web = layer_of("assistant/web/")
    assert web is not None, "no layer holds assistant/web/"
    knowing = [
        f"{path} imports {sorted(http)}"
        for path in python_files()
        if (http := imports(path)[1] & HTTP_PACKAGES) and (layer_of(path) or 0) < web
    ]
    assert not knowing, f"below the web layer, modules import HTTP packages: {knowing}"


# The README against the code


def test_the_configuration_table_is_the_settings() -> None:
    from assistant.settings import Settings

    documented: dict[str, str] = {}
    for cells in table(section(README.read_text(), "Configuration")):
        name = re.fullmatch(r"`(ASSISTANT_\w+)`", cells[0])
        assert name, f"a configuration row starts with a variable in backticks, not {cells[0]!r}"
        documented[name.group(1)] = cells[1]
    fields = {f"ASSISTANT_{name.upper()}": field for name, field in Settings.model_fields.items()}
    assert documented.keys() == fields.keys()
    wrong = []
    for variable, cell in documented.items():
        default = fields[variable].default
        literal = re.fullmatch(r"`([^`]*)`", cell)
        if cell == "unset":
            same = default is None
        elif isinstance(default, bool):  # an on/off switch, written as its word
            same = literal is not None and literal.group(1) in (
                ("on", "true") if default else ("off", "false")
            )
        elif cell.startswith("empty"):
            same = default == ""
        elif literal and isinstance(default, int | float):
            same = float(literal.group(1)) == float(default)
        else:
            same = (literal.group(1) if literal else cell) == str(default)
        if not same:
            wrong.append(f"{variable}: README says {cell}, the default is {default!r}")
    assert not wrong, wrong


def route_key(method: str, path: str) -> str:
    """The key "METHOD /path" of a route, with every path parameter written {}."""
    return method.upper() + " " + re.sub(r"\{[^}]*\}", "{}", path)


def string(node: ast.AST) -> str | None:
    """The value of a string literal, else None."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


@cache
def code_routes() -> frozenset[str]:
    """Every route the routers declare, as "METHOD /path" (path parameters as {})."""
    routes = set()
    for file in sorted((PACKAGE / "web" / "routes").glob("*.py")):
        module = ast.parse(file.read_text())
        prefix = ""
        for node in ast.walk(module):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "APIRouter":
                prefix = next((string(k.value) or "" for k in node.keywords if k.arg == "prefix"), "")
        for node in ast.walk(module):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for decorator in node.decorator_list:
                if (
                    isinstance(decorator, ast.Call)
                    and isinstance(decorator.func, ast.Attribute)
                    and getattr(decorator.func.value, "id", None) == "router"
                    and decorator.args
                    and (path := string(decorator.args[0])) is not None
                ):
                    routes.add(route_key(decorator.func.attr, prefix + path))
    assert routes, "no routes found in assistant/web/routes"
    return frozenset(routes)


def test_the_http_table_is_the_routes() -> None:
    documented = {
        route_key(method, path)
        for cells in table(section(README.read_text(), "HTTP API"))
        for method, path in re.findall(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`]*)`", cells[0])
    }
    documented -= BUILTIN_ROUTES
    assert not documented - code_routes(), (
        f"the README documents routes no router serves: {documented - code_routes()}"
    )
    assert not code_routes() - documented, (
        f"routes missing from the README's HTTP table: {code_routes() - documented}"
    )


def test_the_curl_examples_call_routes_that_exist() -> None:
    patterns = [
        re.compile(re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(route.split(" ", 1)[1])) + "$")
        for route in code_routes() | BUILTIN_ROUTES
    ]
    called = re.findall(r"\bcurl\b[^\n]*?localhost:8000(/[^\s'\"]*)", README.read_text())
    assert called, "no curl examples found"
    unknown = [path for path in called if not any(p.match(path) for p in patterns)]
    assert not unknown, f"curl examples call paths no route serves: {unknown}"


def test_the_ask_example_has_the_fields_of_the_response() -> None:
    from assistant.domain import Citation
    from assistant.web.schemas import AskResponse

    examples = [
        json.loads(block) for block in re.findall(r"^```json\n(.*?)^```", README.read_text(), re.M | re.S)
    ]
    answer = next(e for e in examples if "answered" in e)
    assert answer.keys() == AskResponse.model_fields.keys()
    for citation in answer["citations"]:
        assert citation.keys() == {f.name for f in dataclasses.fields(Citation)}


# Links


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_links_between_the_documents_resolve() -> None:
    broken = []
    for document in DOCUMENTS:
        for target in re.findall(r"\]\(([^)\s]+)\)", without_code(document.read_text())):
            if re.match(r"[a-z]+:", target):
                continue
            file, _, anchor = target.partition("#")
            path = (document.parent / file).resolve() if file else document
            if not path.exists():
                broken.append(f"{rel(document)}: {target}")
            elif anchor and path.is_file():
                headings = re.findall(r"^#{1,6} (.+)$", without_code(path.read_text()), re.MULTILINE)
                if anchor not in {slug(h) for h in headings}:
                    broken.append(f"{rel(document)}: {target} (no such heading)")
    assert not broken, f"broken links: {broken}"
