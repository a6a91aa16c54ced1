"""Roles of a person: ``{title, organization}``. First version: none found yet (see the roles issue)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..records import Role
from .base import ArticleContext


def roles_for(mentions: list[Span], doc: Doc, ctx: ArticleContext) -> list[Role]:
    return []
