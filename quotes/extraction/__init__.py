"""Draft records from news articles (``quotes extract``), one stage per module.

:mod:`.article` reads a file; :mod:`.sentences` pairs quotation marks and splits sentences;
:mod:`.attribution` finds statements and their sources; :mod:`.mentions` parses names, roles and
institutions; :mod:`.coreference` decides who each source is; :mod:`.claims` types the claim;
:mod:`.pipeline` runs them in order; :mod:`.drafts` writes YAML and files drafts into a collection;
:mod:`.command` is what the CLI calls. Word lists live in ``data/`` (see :mod:`.lexicon`).
"""

from ..pattern_cache import kept_patterns

# The stages compile their regular expressions as they are imported: from the kept file after the
# first run (quotes/pattern_cache.py).
with kept_patterns("extraction"):
    from .article import Article, ArticleError, parse_article, read_article
    from .pipeline import ExtractedQuote, Extraction, extract_article, extract_files, extract_text, to_json

__all__ = ["Article", "ArticleError", "ExtractedQuote", "Extraction", "extract_article", "extract_files",
           "extract_text", "parse_article", "read_article", "to_json"]
