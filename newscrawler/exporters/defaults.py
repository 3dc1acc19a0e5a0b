"""The export's defaults, in one place (``settings.py`` reads them for the crawl's own ``_posts``).

Plain constants, no imports: reading them loads nothing else.
"""

# the first line of a Jekyll post's ``feature_text`` (the banner), by the post's language
FEATURE_HEADINGS = {"ko": "## 실시간 뉴스 속보입니다."}
FEATURE_HEADING_OTHER = "## Latest news"
# the image of a post without one, as a path in the site
DEFAULT_IMAGE = "/assets/img/newspaper.png"
# the site generators an export writes for, the forms of a post's body, the site's settings file
FORMAT_NAMES = ("hugo", "jekyll")
BODY_FORMATS = ("html", "markdown")
CONFIG_NAME = "_newscrawler.toml"
