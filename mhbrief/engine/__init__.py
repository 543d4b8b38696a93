"""The search engine: the only package that touches Whoosh, its internals included.

The Library (:mod:`mhbrief.library`) sees it through :mod:`mhbrief.engine.protocol`
(an :class:`~mhbrief.engine.protocol.Engine` and its
:class:`~mhbrief.engine.protocol.Searcher`); :mod:`mhbrief.engine.whoosh_engine` is
the Whoosh one. The rest of this package is how it works: analysis, the index and its
files, the query language, the searcher, the exact ranking, facets, newest first,
related items and the marking of matched words.
"""
