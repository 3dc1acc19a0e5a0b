"""The bundled sample site that ``newscrawler demo`` and the tests crawl (see ``server.py``)."""
