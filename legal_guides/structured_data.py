"""JSON-LD for search engines: the guide as an Article (dateModified = last legal review) and its
FAQ as an FAQPage."""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

PUBLISHER = "Municipio del Distrito Metropolitano de Quito"

# Inside <script>, "</script>" and "<!--" must never appear: escape the characters that form them.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def _text(value):
    return " ".join(strip_tags(str(value)).split())


def guide_json_ld(page, url):
    """A list of JSON-LD documents (as safe strings ready for <script type="application/ld+json">)."""
    article = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title,
        "description": page.summary,
        "inLanguage": page.locale.language_code,
        "url": url,
        "mainEntityOfPage": url,
        "dateModified": page.last_reviewed.isoformat(),
        "publisher": {"@type": "GovernmentOrganization", "name": PUBLISHER},
        "author": {"@type": "Organization", "name": page.reviewed_by or PUBLISHER},
    }
    if page.first_published_at:
        article["datePublished"] = page.first_published_at.date().isoformat()
    documents = [article]
    questions = page.faq_items
    if questions:
        documents.append(
            {
                "@context": "https://schema.org",
                "@type": "FAQPage",
                "inLanguage": page.locale.language_code,
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": question["question"],
                        "acceptedAnswer": {"@type": "Answer", "text": _text(question["answer"])},
                    }
                    for question in questions
                ],
            }
        )
    return [
        mark_safe(json.dumps(document, ensure_ascii=False).translate(_SCRIPT_ESCAPES))  # noqa: S308
        for document in documents
    ]
