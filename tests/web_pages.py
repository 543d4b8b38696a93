"""A made-up news page and a local web server for the import tests (the CLI's and the
app's): pages are served from 127.0.0.1, never the internet.

A plain module, not a test module or conftest: tests import from here."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Iterator, Mapping

#: An organisation's own page: its site name, a menu, the article, a footer.
PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>Opvang voor jongeren uitgebreid | Stichting Veilig Thuiskomen</title>
<meta property="og:site_name" content="Stichting Veilig Thuiskomen">
<meta property="article:published_time" content="2025-03-04">
</head><body>
<nav><a href="/">Home</a> | <a href="/nieuws">Nieuws</a> | <a href="/doneer">Doneer nu</a></nav>
<main><article>
<h1>Opvang voor jongeren uitgebreid</h1>
<p>De stichting opent deze maand tien nieuwe plekken voor jongeren die zijn uitgebuit in de
regio. De gemeente betaalt de helft van de kosten voor de komende drie jaar.</p>
<p>&#8220;We zien elke week jongeren die nergens anders terecht kunnen,&#8221; zegt directeur
Marit Hoekstra. &#8220;Met deze plekken kunnen we hen eindelijk een veilig bed bieden.&#8221;</p>
<p>De nieuwe plekken zijn vanaf april beschikbaar. Verwijzers kunnen zich aanmelden via het
landelijke meldpunt, dat dag en nacht bereikbaar is voor vragen en meldingen.</p>
</article></main>
<footer><p>Deel dit artikel: Facebook | Twitter | LinkedIn</p>
<p>&#169; 2025 Stichting Veilig Thuiskomen &#183; Privacyverklaring &#183; Cookies</p></footer>
</body></html>
"""


@contextlib.contextmanager
def serving(pages: Mapping[str, bytes]) -> Iterator[str]:
    """A local server of ``pages`` by path (any other path: 404); yields its address."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            with contextlib.suppress(OSError):  # a client stops reading at its cap
                self.wfile.write(body if body is not None else b"not here")

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
