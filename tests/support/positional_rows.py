"""Finds database rows read by position (`row[3]`, `a, b = cur.fetchone()`, `X(*row)`,
`tuple(row)`): a
reordered or added SELECT column would silently shift such values into the wrong field.

The check is syntactic and per function: it knows a value is a row only when it comes straight
from the database in the same function (`<x>.fetchone()`, `named_row(...)`, `<x>.fetchall()[i]`,
the loop variable of `for row in <x>.execute(...)` / `.fetchall()` / `named_rows(...)`, or a name
bound to one of these). Ordinary tuples are never flagged."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

_ROW_CALLS = ("named_row",)  # functions returning one row
_ROWS_CALLS = ("named_rows",)  # functions returning rows
_ROW_METHODS = ("fetchone",)
_ROWS_METHODS = ("execute", "fetchall", "fetchmany")
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


@dataclass(frozen=True)
class Hit:
    line: int
    rule: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.rule}"


def positional_reads(source: str) -> list[Hit]:
    """Every positional read of a database row in `source`, in line order."""
    tree = ast.parse(source)
    hits = {hit for scope in _scopes(tree) for hit in _Scope(scope).hits()}
    return sorted(hits, key=lambda h: (h.line, h.rule))


def _scopes(tree: ast.AST) -> Iterator[ast.AST]:
    yield tree
    for node in ast.walk(tree):
        if isinstance(node, _SCOPES):
            yield node


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a scope, not descending into nested functions (they are scopes of their own)."""
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, _SCOPES):
            todo.extend(ast.iter_child_nodes(node))


def _callee(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call):
        return None
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _is_position(index: ast.AST) -> bool:
    if isinstance(index, ast.UnaryOp) and isinstance(index.op, ast.USub):
        index = index.operand
    return isinstance(index, ast.Constant) and type(index.value) is int


class _Scope:
    def __init__(self, scope: ast.AST) -> None:
        self.nodes = list(_own_nodes(scope))
        self.row_names: set[str] = set()
        self.rows_names: set[str] = set()
        self._bind()

    def is_row(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.row_names
        if isinstance(node, ast.Subscript):  # rows[0]: the first row of a result
            return _is_position(node.slice) and self.is_rows(node.value)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            return node.func.attr in _ROW_METHODS
        return _callee(node) in _ROW_CALLS

    def is_rows(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.rows_names
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            return node.func.attr in _ROWS_METHODS
        return _callee(node) in _ROWS_CALLS

    def _bind(self) -> None:
        """Names bound to a row or to rows, until nothing new is learned (`rows = ...fetchall()`
        comes before `for row in rows`, which comes before `row[0]`)."""
        while True:
            before = (len(self.row_names), len(self.rows_names))
            for target, value in self._bindings():
                if isinstance(target, ast.Name) and self.is_row(value):
                    self.row_names.add(target.id)
                elif isinstance(target, ast.Name) and self.is_rows(value):
                    self.rows_names.add(target.id)
            for target, rows in self._loops():
                if isinstance(target, ast.Name) and self.is_rows(rows):
                    self.row_names.add(target.id)
            if (len(self.row_names), len(self.rows_names)) == before:
                return

    def _bindings(self) -> Iterator[tuple[ast.expr, ast.expr]]:
        for node in self.nodes:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    yield target, node.value
            elif isinstance(node, ast.AnnAssign | ast.NamedExpr) and node.value is not None:
                yield node.target, node.value

    def _loops(self) -> Iterator[tuple[ast.expr, ast.expr]]:
        for node in self.nodes:
            if isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
                yield node.target, node.iter

    def _is_conversion(self, node: ast.Call) -> bool:
        """`tuple(row)` / `list(row)`: the builtins, with the row as their one argument."""
        if not isinstance(node.func, ast.Name) or len(node.args) != 1:
            return False
        return node.func.id in ("tuple", "list") and self.is_row(node.args[0])

    def hits(self) -> Iterator[Hit]:
        for node in self.nodes:
            if isinstance(node, ast.Subscript) and self.is_row(node.value):
                if _is_position(node.slice) or isinstance(node.slice, ast.Slice):
                    yield Hit(node.lineno, "row read by position")
            elif isinstance(node, ast.Starred) and self.is_row(node.value):
                yield Hit(node.lineno, "row spread by position (*row)")
            elif isinstance(node, ast.Call) and self._is_conversion(node):
                yield Hit(node.lineno, "row turned into a positional tuple/list")
        for target, value in self._bindings():
            if isinstance(target, ast.Tuple | ast.List) and self.is_row(value):
                yield Hit(target.lineno, "row unpacked by position")
        for target, rows in self._loops():
            if isinstance(target, ast.Tuple | ast.List) and self.is_rows(rows):
                yield Hit(target.lineno, "loop unpacks rows by position")
